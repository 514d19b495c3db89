package org.policytracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.policytracker.support.ManagementPort;
import org.policytracker.support.PolicyTrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Actuator over real HTTP on its own port: the health status and the liveness and readiness groups open
 * to a load balancer, details and metrics only to the operations account (no application user), and
 * nothing of it on the application's port.
 */
@PolicyTrackerTest
class ManagementEndpointsTest {

    @LocalServerPort
    int applicationPort;
    @Autowired
    ManagementPort management;

    @Test
    void aLoadBalancerReadsTheHealthStatusAndItsGroupsButNoDetails() throws Exception {
        assertThat(management.port()).isNotEqualTo(applicationPort);
        HttpResponse<String> health = management.anonymous("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
        for (String group : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> response = management.anonymous(group);
            assertThat(response.statusCode()).as(group).isEqualTo(200);
            assertThat(response.body()).as(group).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    @Test
    void readinessCoversTheDatabaseForTheOperationsAccount() throws Exception {
        HttpResponse<String> readiness = management.asOperations("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"db\":{").contains("\"readinessState\":{")
                .doesNotContain("livenessState");
        assertThat(management.asOperations("/actuator/health/liveness").body()).contains("\"livenessState\":{")
                .doesNotContain("\"db\"");
    }

    @Test
    void metricsNeedTheOperationsAccountNotAnApplicationUser() throws Exception {
        assertThat(management.anonymous("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(management.get("/actuator/prometheus", "admin", "demo").statusCode()).isEqualTo(401);
        assertThat(management.get("/actuator/prometheus", "operations", "wrong").statusCode()).isEqualTo(401);
        assertThat(management.anonymous("/actuator/env").statusCode()).isEqualTo(401);
        assertThat(management.asOperations("/actuator/env").statusCode()).as("only health and prometheus are exposed")
                .isEqualTo(404);
        HttpResponse<String> metrics = management.asOperations("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("hikaricp_connections_active").contains("jvm_memory_used_bytes");
    }

    @Test
    void theApplicationPortServesNoActuator() throws Exception {
        assertThat(ManagementPort.get(applicationPort, "/actuator/health", null, null).body())
                .doesNotContain("\"status\"");
        assertThat(ManagementPort.get(applicationPort, "/actuator/prometheus", "operations", "operations-test-secret")
                .body()).doesNotContain("policytracker_");
    }
}
