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
                .hasMessageContaining("keycloak profile")
                .hasMessageContaining("set APP_BASE_URL");
    }

    @Test
    void prodWithKeycloakAndWithoutDemoDataPasses() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.setActiveProfiles("prod", "keycloak");
        environment.getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("policy-tracker.demo-data.enabled", "false",
                        "policy-tracker.mail.unsubscribe-secret", "a-long-random-key",
                        "policy-tracker.mail.base-url", "https://tracker.example.gov")));
        assertThatCode(() -> new ProductionSafeguard().postProcessEnvironment(environment, null))
                .doesNotThrowAnyException();

        environment.getPropertySources().addFirst(new MapPropertySource("demo",
                Map.of("policy-tracker.demo-data.enabled", "true")));
        assertThatThrownBy(() -> new ProductionSafeguard().postProcessEnvironment(environment, null))
                .hasMessageContaining("the demo data is enabled");
    }

    @Test
    void prodRefusesMailLinksThatWouldBreakOrLeadNowhere() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.setActiveProfiles("prod", "keycloak");
        environment.getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("policy-tracker.demo-data.enabled", "false",
                        "policy-tracker.mail.base-url", "http://localhost:8080")));
        assertThatThrownBy(() -> new ProductionSafeguard().postProcessEnvironment(environment, null))
                .hasMessageContaining("set MAIL_UNSUBSCRIBE_SECRET")
                .hasMessageContaining("set APP_BASE_URL");
    }
}
