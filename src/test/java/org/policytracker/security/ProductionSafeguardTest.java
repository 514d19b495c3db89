package org.policytracker.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policytracker.PolicyTrackerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The prod profile refuses to start with the demo switched on, before anything else starts. */
class ProductionSafeguardTest {

    @Test
    void theApplicationRefusesToStartInProdWithDemoData() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(PolicyTrackerApplication.class).profiles("prod").run())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The prod profile refuses to start")
                .hasMessageContaining("policy-tracker.demo-data.enabled=false")
                .hasMessageContaining("keycloak profile");
    }

    @Test
    void prodWithKeycloakAndWithoutDemoDataPasses() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.setActiveProfiles("prod", "keycloak");
        environment.getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("policy-tracker.demo-data.enabled", "false")));
        assertThatCode(() -> new ProductionSafeguard().postProcessEnvironment(environment, null))
                .doesNotThrowAnyException();

        environment.getPropertySources().addFirst(new MapPropertySource("demo",
                Map.of("policy-tracker.demo-data.enabled", "true")));
        assertThatThrownBy(() -> new ProductionSafeguard().postProcessEnvironment(environment, null))
                .hasMessageContaining("the demo data is enabled");
    }
}
