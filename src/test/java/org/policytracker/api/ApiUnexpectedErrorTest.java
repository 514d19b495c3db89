package org.policytracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.RawHttp;
import org.policytracker.support.RawHttp.Answer;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * An unexpected error under /api (the test-only {@link FaultyTestController}) answers a generic 500
 * problem JSON that carries a reference, and the same reference is in the error's log line with its
 * cause, so that support finds what a client reports (ASVS V7.4.1).
 */
@PolicyTrackerTest
@ExtendWith(OutputCaptureExtension.class)
class ApiUnexpectedErrorTest {

    @LocalServerPort
    int port;

    @Test
    void anUnexpectedErrorAnswersAGeneric500WithAReferenceThatIsInItsLogLine(CapturedOutput output) throws Exception {
        Answer answer = RawHttp.exchange(port, "GET", FaultyTestController.PATH, Map.of("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("reporter.health:demo".getBytes(StandardCharsets.UTF_8))), null);

        assertThat(answer.status()).as(answer.body()).isEqualTo(500);
        assertThat(answer.headers().get("content-type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"title\":\"Internal error\"")
                .doesNotContain(FaultyTestController.SECRET_MESSAGE, "IllegalStateException", "java.", "<html");
        String reference = JsonMapper.builder().build().readTree(answer.body()).get(ApiProblemHandler.REFERENCE)
                .asString();
        assertThat(reference).matches("[0-9a-f-]{36}");
        assertThat(answer.body()).contains("reference " + reference);
        assertThat(output.getAll().lines().filter(line -> line.contains(reference)))
                .singleElement().asString().contains("GET " + FaultyTestController.PATH);
        assertThat(output.getAll()).contains("IllegalStateException: " + FaultyTestController.SECRET_MESSAGE);
    }
}
