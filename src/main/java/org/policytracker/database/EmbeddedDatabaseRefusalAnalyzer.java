package org.policytracker.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Shows a refused set-up as Spring Boot's "APPLICATION FAILED TO START" (description and action)
 * instead of at the end of a chain of bean-creation errors. Registered in META-INF/spring.factories.
 */
class EmbeddedDatabaseRefusalAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseRefusal> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseRefusal cause) {
        return new FailureAnalysis(cause.problem(), cause.action(), cause);
    }
}
