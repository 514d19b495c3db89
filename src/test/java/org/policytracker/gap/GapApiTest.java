package org.policytracker.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.policytracker.support.PolicyTrackerTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The read API /api/v1/gaps over real HTTP with the demo users (HTTP Basic in the embedded default). */
@PolicyTrackerTest
class GapApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

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

    @Test
    void theDashboardIsJsonForAnySignedInUserAndMatchesTheDatabase() throws Exception {
        HttpResponse<String> response = get("/api/v1/gaps?asOf=2026-11-22", "reporter.health");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JsonMapper.builder().build().readTree(response.body());
        assertThat(body.get("period").get("code").asString()).isEqualTo("2026-Q3"); // the latest period that has ended
        long directives = jdbc.sql("select count(*) from directive").query(Long.class).single();
        assertThat(body.get("directives").size()).isEqualTo((int) directives);
        long tasks = jdbc.sql("select count(*) from task").query(Long.class).single();
        long summed = 0;
        for (JsonNode directive : body.get("directives")) {
            summed += directive.get("tasks").get("tasks").asLong();
        }
        assertThat(summed).isEqualTo(tasks);
        assertThat(get("/api/v1/gaps", null).statusCode()).isEqualTo(401);
    }

    @Test
    void rowsBehindTheFiguresAreForViewersOnly() throws Exception {
        long directive = jdbc.sql("select min(directive_id) from task").query(Long.class).single();
        HttpResponse<String> viewer = get("/api/v1/gaps/directives/" + directive + "/tasks", "viewer.congress");
        assertThat(viewer.statusCode()).isEqualTo(200);
        assertThat(viewer.body()).contains("\"daysLate\"").contains("\"agencyId\"");
        HttpResponse<String> manager = get("/api/v1/gaps/directives/" + directive + "/tasks", "pm.cisa");
        assertThat(manager.statusCode()).isEqualTo(403);
        assertThat(manager.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(get("/api/v1/gaps/directives/" + directive + "/agencies", "pm.cisa").statusCode()).isEqualTo(200);
    }

    @Test
    void badParametersAreRefusedWithAClearProblem() throws Exception {
        HttpResponse<String> wrongType = get("/api/v1/gaps?period=last", "viewer.congress");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(wrongType.body()).contains("Parameter 'period' is not a valid Long");
        HttpResponse<String> unknown = get("/api/v1/gaps?period=999999", "viewer.congress");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("No reporting period with id 999999");
    }

    @Test
    void theCsvExportIsADownload() throws Exception {
        HttpResponse<String> csv = get("/api/v1/gaps/export.csv?asOf=2026-11-22", "viewer.congress");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"gap-dashboard-2026-Q3-2026-11-22.csv\"");
        assertThat(csv.body()).startsWith("section,directive,measure,sector,period,metric,value");
        assertThat(get("/api/v1/gaps/definitions", "pm.cisa").body()).contains("Implementation gap index");
    }
}
