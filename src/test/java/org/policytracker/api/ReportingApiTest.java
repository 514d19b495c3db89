package org.policytracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.TestOrders;
import org.policytracker.support.TestOrders.TestOrder;
import org.policytracker.uptake.PeriodStatus;
import org.policytracker.uptake.ReportingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reporting API over real HTTP, as an association's integrating system uses it, against an order
 * of the class's own: measure DEFENSE (CISA) for healthcare and finance, SHARING (DHS) for
 * transportation and state and local government, FRONTIER (NSA) for frontier AI developers.
 */
@PolicyTrackerTest
class ReportingApiTest {

    private static String defense;
    private static String sharing;
    private static String frontier;
    private static String period;
    private static String closed;

    @LocalServerPort
    int port;
    @Autowired
    ReportingFixtures fixtures;

    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void createOrder(@Autowired TestOrders orders) {
        TestOrder order = orders.order("API").directive("CISA", "cisa").directive("DHS", "dhs").directive("NSA", "nsa")
                .measure("DEFENSE", "CISA", "healthcare", "finance")
                .measure("SHARING", "DHS", "transportation", "state-local-government")
                .measure("FRONTIER", "NSA", "frontier-ai")
                .period("OPEN", PeriodStatus.OPEN).period("CLOSED", PeriodStatus.CLOSED).create();
        defense = order.measure("DEFENSE");
        sharing = order.measure("SHARING");
        frontier = order.measure("FRONTIER");
        period = order.period("OPEN");
        closed = order.period("CLOSED");
    }

    private HttpResponse<String> send(String method, String path, String user, String body, String idempotencyKey)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String report(String measure, String sector, String period, int eligible, int participating,
            int verified) {
        return """
                {"measure": "%s", "sector": "%s", "period": "%s", "eligibleCount": %d, "participatingCount": %d,
                 "verifiedCount": %d, "evidenceNote": "Member survey",
                 "evidenceLinks": [{"label": "Survey results", "url": "https://example.org/survey"}]}
                """.formatted(measure, sector, period, eligible, participating, verified);
    }

    private JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aValidSubmissionCreatesASubmittedRevisionAndACorrectionSupersedesIt() throws Exception {
        HttpResponse<String> first = send("POST", "/api/v1/reports", "reporter.health",
                report(defense, "healthcare", period, 100, 40, 10), null);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonNode created = body(first);
        assertThat(created.get("revision").asInt()).isEqualTo(1);
        assertThat(created.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(created.get("submittedBy").asString()).isEqualTo("reporter.health");
        assertThat(created.get("evidenceLinks").get(0).get("url").asString()).isEqualTo("https://example.org/survey");
        assertThat(first.headers().firstValue("Location")).hasValue("/api/v1/reports/" + created.get("id").asLong());

        assertThat(body(send("GET", "/api/v1/reports/" + created.get("id").asLong(), "reporter.health", null, null))
                .get("participatingCount").asInt()).isEqualTo(40);
        // another association cannot read it: to them it does not exist
        assertProblem(send("GET", "/api/v1/reports/" + created.get("id").asLong(), "reporter.finance", null, null), 404);

        HttpResponse<String> correction = send("POST", "/api/v1/reports", "reporter.health",
                report(defense, "healthcare", period, 100, 45, 12), null);
        assertThat(correction.statusCode()).isEqualTo(201);
        assertThat(body(correction).get("revision").asInt()).isEqualTo(2);
        assertThat(body(correction).get("supersedesId").asLong()).isEqualTo(created.get("id").asLong());

        JsonNode history = body(send("GET", "/api/v1/reports?period=" + period + "&measure=" + defense,
                "reporter.health", null, null));
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(history.get(0).get("participatingCount").asInt()).isEqualTo(45);
        assertThat(history.get(1).get("status").asString()).isEqualTo("SUPERSEDED");
        assertThat(history.get(1).get("participatingCount").asInt()).isEqualTo(40);
    }

    @Test
    void invalidJsonIsAnsweredWithAProblem() throws Exception {
        long before = fixtures.revisions("hospital-assoc", period);
        HttpResponse<String> response = send("POST", "/api/v1/reports", "reporter.health",
                "{\"measure\": \"" + defense + "\", \"eligibleCount\": 12,", null);
        assertProblem(response, 400);
        assertThat(body(response).get("title").asString()).isEqualTo("Malformed JSON");
        assertThat(fixtures.revisions("hospital-assoc", period)).isEqualTo(before);
    }

    @Test
    void fieldErrorsNameEveryField() throws Exception {
        String body = """
                {"sector": "healthcare", "period": "%s", "eligibleCount": 10, "participatingCount": 20,
                 "verifiedCount": -1, "evidenceLinks": [{"label": "", "url": "ftp://nowhere"}]}
                """.formatted(period);
        HttpResponse<String> response = send("POST", "/api/v1/reports", "reporter.health", body, null);
        assertProblem(response, 400);
        JsonNode problem = body(response);
        assertThat(problem.get("title").asString()).isEqualTo("Invalid report");
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("measure", "participatingCount", "verifiedCount",
                        "evidenceLinks[0].label", "evidenceLinks[0].url");

        HttpResponse<String> wrongType = send("POST", "/api/v1/reports", "reporter.health",
                "{\"measure\": \"" + defense + "\", \"eligibleCount\": \"many\"}", null);
        assertProblem(wrongType, 400);
        assertThat(body(wrongType).get("errors").get(0).get("field").asString()).isEqualTo("eligibleCount");
    }

    @Test
    void aSectorOfAnotherAssociationIsRefusedWith403() throws Exception {
        long before = fixtures.revisions("hospital-assoc", period);
        HttpResponse<String> response = send("POST", "/api/v1/reports", "reporter.health",
                report(defense, "finance", period, 10, 5, 1), null);
        assertProblem(response, 403);
        assertThat(body(response).get("errors").get(0).get("field").asString()).isEqualTo("sector");
        assertThat(fixtures.revisions("hospital-assoc", period)).isEqualTo(before);
    }

    @Test
    void aClosedPeriodIsRefusedWith409() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/reports", "reporter.finance",
                report(defense, "finance", closed, 10, 5, 1), null);
        assertProblem(response, 409);
        assertThat(body(response).get("errors").get(0).get("field").asString()).isEqualTo("period");
        assertThat(fixtures.revisions("finance-assoc", closed)).isZero();
    }

    @Test
    void aRetriedSubmissionWithTheSameIdempotencyKeyCreatesOneRevision() throws Exception {
        String key = UUID.randomUUID().toString();
        String submission = report(sharing, "transportation", period, 300, 120, 30);
        HttpResponse<String> first = send("POST", "/api/v1/reports", "reporter.infra", submission, key);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        HttpResponse<String> retry = send("POST", "/api/v1/reports", "reporter.infra",
                submission.replace("\n", " "), key);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(fixtures.revisions("infra-assoc", period)).isEqualTo(1);

        HttpResponse<String> reused = send("POST", "/api/v1/reports", "reporter.infra",
                report(sharing, "transportation", period, 300, 150, 30), key);
        assertProblem(reused, 422);
        assertThat(body(reused).get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
        assertThat(fixtures.revisions("infra-assoc", period)).isEqualTo(1);

        // The same key is another association's own key: it does not replay infra's answer.
        HttpResponse<String> otherTenant = send("POST", "/api/v1/reports", "reporter.slg",
                report(sharing, "state-local-government", period, 50, 10, 0), key);
        assertThat(otherTenant.statusCode()).isEqualTo(201);
        assertThat(body(otherTenant).get("association").asString()).isEqualTo("slg-assoc");
    }

    @Test
    void catalogueAndPeriodsAreReadableAndReportsOnlyByReporters() throws Exception {
        JsonNode measures = body(send("GET", "/api/v1/measures", "reporter.frontier", null, null));
        assertThat(measures.valueStream().map(m -> m.get("code").asString())).contains(defense, sharing, frontier);
        JsonNode frontierMeasure = measures.valueStream().filter(m -> m.get("code").asString().equals(frontier))
                .findFirst().orElseThrow();
        assertThat(frontierMeasure.get("leadAgency").asString()).isEqualTo("nsa");
        assertThat(frontierMeasure.get("sectors").valueStream().map(JsonNode::asString)).containsExactly("frontier-ai");
        JsonNode periods = body(send("GET", "/api/v1/periods", "pm.cisa", null, null));
        assertThat(periods.valueStream().filter(p -> p.get("code").asString().equals(period)).findFirst())
                .hasValueSatisfying(open -> assertThat(open.get("status").asString()).isEqualTo("OPEN"));

        assertProblem(send("GET", "/api/v1/reports", "pm.cisa", null, null), 403);
        assertProblem(send("POST", "/api/v1/reports", "viewer.congress",
                report(defense, "healthcare", period, 1, 1, 1), null), 403);
    }

    @Test
    void theOpenApiDescriptionAndItsBrowsableUiNeedNoSignIn() throws Exception {
        HttpResponse<String> description = send("GET", "/api/openapi", null, null, null);
        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(body(description).get("paths").has("/api/v1/reports")).isTrue();
        HttpResponse<String> docs = send("GET", "/api/docs", null, null, null);
        assertThat(docs.statusCode()).isEqualTo(302);
        assertThat(docs.headers().firstValue("Location")).hasValue("/api/swagger-ui/index.html");
        HttpResponse<String> ui = send("GET", "/api/swagger-ui/index.html", null, null, null);
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
        HttpResponse<String> config = send("GET", "/api/openapi/swagger-config", null, null, null);
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("/api/openapi");
    }
}
