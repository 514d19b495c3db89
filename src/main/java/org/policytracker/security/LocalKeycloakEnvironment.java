package org.policytracker.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code policy-tracker.local-keycloak.enabled=true} ({@code ./mvnw -Pkeycloak}, and the
 * Keycloak tests), starts a {@link LocalKeycloak} before the application context and points the
 * keycloak profile's issuer at it. Runs after the configuration files are read.
 */
class LocalKeycloakEnvironment implements EnvironmentPostProcessor, Ordered {

    private static final String PREFIX = "policy-tracker.local-keycloak.";

    private final Log log;

    LocalKeycloakEnvironment(DeferredLogFactory logs) {
        this.log = logs.getLog(LocalKeycloakEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty(PREFIX + "enabled", Boolean.class, false)) {
            return;
        }
        String home = environment.getProperty(PREFIX + "home");
        if (home == null) {
            throw new IllegalStateException(PREFIX + "home is not set: run through ./mvnw -Pkeycloak, which unpacks "
                    + "the Keycloak distribution into target/keycloak/ and sets it");
        }
        String realm = environment.getProperty(PREFIX + "realm", "policy-tracker");
        LocalKeycloak keycloak = LocalKeycloak.start(Path.of(home),
                Path.of(environment.getProperty(PREFIX + "realm-dir", "realm-config")), realm,
                environment.getProperty(PREFIX + "port", Integer.class, 8180),
                environment.getProperty(PREFIX + "admin-password", "change-me-admin"),
                environment.getProperty(PREFIX + "start-timeout", Duration.class, Duration.ofMinutes(5)));
        log.info("Local Keycloak at " + keycloak.baseUrl() + " (admin console: " + keycloak.baseUrl()
                + "/admin, user " + LocalKeycloak.ADMIN_USERNAME + ") served realm " + realm + " after "
                + keycloak.startTime().toMillis() + " ms, resident memory " + keycloak.residentKbWhenReady() / 1024
                + " MB; log in " + keycloak.log());
        environment.getPropertySources().addFirst(new MapPropertySource("local-keycloak",
                Map.of("policy-tracker.keycloak.issuer-uri", keycloak.issuerUri(realm))));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
