package org.policytracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.TestOrders;
import org.policytracker.support.TestOrders.TestOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** POST /api/v1/tasks/{id}/update-requests over real HTTP: made, or refused as problem JSON with nothing stored. */
@PolicyTrackerTest
class UpdateRequestApiTest {

    private static TestOrder order;

    @LocalServerPort
    int port;
    @Autowired
    TestOrders orders;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @BeforeAll
    static void createOrder(@Autowired TestOrders orders) {
        order = orders.order("UPDREQAPI").directive("A", "cisa").create();
    }

    private HttpResponse<String> ask(long taskId, String username, String json) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tasks/" + taskId
                        + "/update-requests")).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private int stored(long taskId) {
        return jdbc.sql("select count(*) from task_update_request where task_id = ?").param(taskId)
                .query(Integer.class).single();
    }

    @Test
    void aViewerAsksAnotherAgencysManagerGetsNotFoundAndATooLongMessageIsRefused() throws Exception {
        long taskId = orders.ownedTask("pm2.cisa", order.directive("A"), "API " + UUID.randomUUID(),
                LocalDate.now(clock).plusMonths(1));

        HttpResponse<String> foreign = ask(taskId, "pm.treasury", "{\"message\":\"status?\"}");
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.body()).contains("\"title\":\"Task not found\"");

        HttpResponse<String> tooLong = ask(taskId, "pm.cisa", "{\"message\":\"" + "x".repeat(1001) + "\"}");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(tooLong.body()).contains("\"field\":\"message\"").contains("at most 1000");
        assertThat(stored(taskId)).isZero();

        HttpResponse<String> made = ask(taskId, "viewer.congress", "{\"message\":\"For the hearing\"}");
        assertThat(made.statusCode()).isEqualTo(201);
        assertThat(made.body()).contains("\"taskId\":" + taskId);
        assertThat(stored(taskId)).isOne();
    }
}
