package org.policytracker.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

/**
 * The one application context of the test suite: the whole app on a random port, against the
 * embedded MariaDB in target/test-mariadb (wiped when the test JVM starts), with demo data loaded.
 * Every test class uses this same configuration so the context is started once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestExecutionListeners(listeners = OwnSecurityContextStrategy.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
public @interface PolicyTrackerTest {
}
