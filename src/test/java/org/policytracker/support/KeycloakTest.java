package org.policytracker.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

/**
 * The second (and last) application context of the test suite: the whole app with the keycloak
 * profile on a random port, signing people in through a real Keycloak server that
 * {@code LocalKeycloak} starts from the distribution in target/keycloak/ on a free loopback port with
 * realm-config/ imported (once per test JVM, stopped when it exits). It shares the embedded MariaDB
 * of {@link PolicyTrackerTest}. Bearer tokens get no clock-skew leeway here, so an expired token is
 * refused as soon as it expires.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "policy-tracker.local-keycloak.enabled=true",
        "policy-tracker.local-keycloak.port=0",
        "policy-tracker.keycloak.token-clock-skew=0s"})
@ActiveProfiles("keycloak")
@TestExecutionListeners(listeners = OwnSecurityContextStrategy.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
public @interface KeycloakTest {
}
