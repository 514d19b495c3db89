package org.policytracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policytracker.support.RawHttp;
import org.policytracker.support.RawHttp.Answer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With the API documentation switched off (as in the compose stack, API_DOCS_ENABLED=false) the
 * OpenAPI description and Swagger UI are gone: their paths answer 404 problem JSON like any other
 * unknown API path. A context of its own (the switch is read at start), on the suite's embedded
 * database like {@link org.policytracker.support.KeycloakTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "springdoc.api-docs.enabled=false", "springdoc.swagger-ui.enabled=false"})
class ApiDocsSwitchedOffTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/api/openapi", "/api/docs", "/api/swagger-ui/index.html"})
    void theDocumentationPathsAnswer404ProblemJson(String path) throws Exception {
        Answer answer = RawHttp.exchange(port, "GET", path, Map.of(), null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(404);
        assertThat(answer.headers().get("content-type")).startsWith("application/problem+json");
    }
}
