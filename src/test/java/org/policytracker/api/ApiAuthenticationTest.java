package org.policytracker.api;

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

/** The API over real HTTP in the embedded default: credentials required, refusals as problem JSON. */
@PolicyTrackerTest
class ApiAuthenticationTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path, String username, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (username != null) {
            String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + basic);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void withoutCredentialsTheApiAnswers401AsProblemJson() throws Exception {
        HttpResponse<String> response = get("/api/v1/me", null, null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":401").contains("\"title\":\"Authentication required\"");
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        assertThat(get("/api/v1/me", "reporter.health", "wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void aValidUserSeesTheirTenantAndRole() throws Exception {
        HttpResponse<String> response = get("/api/v1/me", "reporter.health", "demo");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"tenant\":\"hospital-assoc\"").contains("SECTOR_REPORTER");
    }
}
