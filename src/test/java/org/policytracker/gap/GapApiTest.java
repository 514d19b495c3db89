package org.policytracker.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policytracker.support.PolicyTrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read API /api/v1/gaps over real HTTP with the demo users (HTTP Basic in the embedded default),
 * on the order of {@link GapFixture}: as of {@link GapFixture#AS_OF} when a test says so, else as of
 * the injected clock's today.
 */
@PolicyTrackerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(GapFixture.Lifecycle.class)
class GapApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    GapFixture fx;

    private HttpResponse<String> get(String path, String username) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (username != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.builder().build().readTree(response.body());
    }

    @Test
    void theDashboardIsJsonForAnySignedInUserAndMatchesTheDatabase() throws Exception {
        HttpResponse<String> response = get("/api/v1/gaps?order=" + fx.order + "&asOf=" + GapFixture.AS_OF,
                "reporter.health");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("asOf").asString()).isEqualTo("2026-11-22");
        assertThat(body.get("period").get("code").asString()).isEqualTo("2026-Q3"); // the latest period that has ended
        long directives = jdbc.sql("select count(*) from directive where order_id = ?").param(fx.order)
                .query(Long.class).single();
        assertThat(body.get("directives").size()).isEqualTo((int) directives).isEqualTo(4);
        long tasks = jdbc.sql("select count(*) from task t join directive d on d.id = t.directive_id where d.order_id = ?")
                .param(fx.order).query(Long.class).single();
        long summed = 0;
        for (JsonNode directive : body.get("directives")) {
            summed += directive.get("tasks").get("tasks").asLong();
        }
        assertThat(summed).isEqualTo(tasks).isEqualTo(8);
        assertThat(get("/api/v1/gaps", null).statusCode()).isEqualTo(401);
    }

    @Test
    void withoutAsOfTheFiguresAreAsOfTheClocksToday() throws Exception {
        LocalDate today = LocalDate.now(clock);
        JsonNode body = json(get("/api/v1/gaps?order=" + fx.order, "viewer.congress"));
        assertThat(body.get("asOf").asString()).isEqualTo(today.toString());
        JsonNode pinned = json(get("/api/v1/gaps?order=" + fx.order + "&asOf=" + today, "viewer.congress"));
        assertThat(pinned.get("headline")).isEqualTo(body.get("headline"));
    }

    @Test
    void rowsBehindTheFiguresAreForViewersOnly() throws Exception {
        String rows = "/api/v1/gaps/directives/" + fx.directiveA + "/tasks?asOf=" + GapFixture.AS_OF;
        HttpResponse<String> viewer = get(rows, "viewer.congress");
        assertThat(viewer.statusCode()).isEqualTo(200);
        JsonNode tasks = json(viewer);
        assertThat(tasks.size()).isEqualTo(4);
        assertThat(tasks.valueStream().filter(task -> task.get("title").asString().equals("FX A3")).findFirst())
                .hasValueSatisfying(a3 -> {
                    assertThat(a3.get("agencyId").asString()).isEqualTo("fx-agency-b");
                    assertThat(a3.get("daysLate").asInt()).isEqualTo(30);
                });
        HttpResponse<String> manager = get(rows, "pm.cisa");
        assertThat(manager.statusCode()).isEqualTo(403);
        assertThat(manager.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(get("/api/v1/gaps/directives/" + fx.directiveA + "/agencies?asOf=" + GapFixture.AS_OF, "pm.cisa")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void badParametersAreRefusedWithAClearProblem() throws Exception {
        HttpResponse<String> wrongType = get("/api/v1/gaps?period=last", "viewer.congress");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(wrongType.body()).contains("Parameter 'period' must be a whole number").doesNotContain("java.");
        HttpResponse<String> unknown = get("/api/v1/gaps?period=999999", "viewer.congress");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("No reporting period with id 999999");
        HttpResponse<String> badDate = get("/api/v1/gaps?asOf=2026-13-45", "viewer.congress");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("Parameter 'asOf' must be a date written as YYYY-MM-DD");
    }

    @Test
    void theCsvExportIsADownloadNamedAfterItsPeriodAndDay() throws Exception {
        HttpResponse<String> csv = get("/api/v1/gaps/export.csv?order=" + fx.order + "&asOf=" + GapFixture.AS_OF,
                "viewer.congress");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"gap-dashboard-2026-Q3-2026-11-22.csv\"");
        assertThat(csv.body()).startsWith("section,directive,measure,sector,period,metric,value")
                .contains("directive,FX-GAP-ORDER A Fixture directive A,,,2026-Q3,tasks,4");
        assertThat(get("/api/v1/gaps/export.csv?order=" + fx.order, "viewer.congress").headers()
                .firstValue("Content-Disposition")).hasValueSatisfying(disposition -> assertThat(disposition)
                        .endsWith("-" + LocalDate.now(clock) + ".csv\""));
        assertThat(get("/api/v1/gaps/definitions", "pm.cisa").body()).contains("Implementation gap index");
    }
}
