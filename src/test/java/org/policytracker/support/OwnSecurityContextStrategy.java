package org.policytracker.support;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * The suite runs two application contexts in one JVM ({@link PolicyTrackerTest}, {@link KeycloakTest}).
 * Each installs its own Vaadin-aware {@link SecurityContextHolderStrategy} as the JVM-wide
 * {@link SecurityContextHolder} strategy when it starts, so the one started last would otherwise
 * serve both: the other context's filters would sign a request in where its services cannot see it.
 * Before each test class this puts back the strategy of the class's own context, as in a deployment,
 * which runs one context only.
 */
public class OwnSecurityContextStrategy extends AbstractTestExecutionListener {

    @Override
    public void beforeTestClass(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
