package org.policytracker.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application under database faults, over real HTTP against the suite's own embedded MariaDB:
 * paused (SIGSTOP) during a stream of idempotent report submissions, every answer comes within 5 s,
 * as 503 problem JSON with Retry-After when it cannot be served, and afterwards every acknowledged
 * submission is stored exactly once; killed (SIGKILL), the server is started again by the watchdog
 * and the application serves again without a restart. The pause is the 30 s, the stream of
 * submissions going on the whole time; the server is resumed in {@code finally} because the whole suite
 * shares it.
 */
@PolicyTrackerTest
class DatabaseFaultsTest {

    private static final Duration PAUSE = Duration.ofSeconds(30);
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);
    private static final String REPORTER = "reporter.health";
    private static final String ASSOCIATION = "hospital-assoc";

    private static String measure;
    private static String period;

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedMariaDb server;
    @Autowired
    ReportingFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void createOrder(@Autowired TestOrders orders) {
        TestOrder order = orders.order("FAULTS").directive("CISA", "cisa").measure("M", "CISA", "healthcare")
                .period("OPEN", PeriodStatus.OPEN).create();
        measure = order.measure("M");
        period = order.period("OPEN");
    }

    record Answer(int status, String contentType, String retryAfter, String body, Duration took) {
        boolean acknowledged() {
            return status == 201;
        }
    }

    private Answer submit(String key, int participating) {
        String body = """
                {"measure": "%s", "sector": "healthcare", "period": "%s", "eligibleCount": 1000,
                 "participatingCount": %d, "verifiedCount": 0, "evidenceLinks": []}
                """.formatted(measure, period, participating);
        return send(HttpRequest.newBuilder(uri("/api/v1/reports")).header("Idempotency-Key", key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Answer periods() {
        return send(HttpRequest.newBuilder(uri("/api/v1/periods")).GET());
    }

    private Answer send(HttpRequest.Builder request) {
        request.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((REPORTER + ":demo").getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30));
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(null), response.body(),
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("no answer", e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static void signal(ProcessHandle process, String signal) {
        try {
            int exit = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).inheritIO().start().waitFor();
            assertThat(exit).as("kill -" + signal).isZero();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertUnavailableProblem(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(503);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.retryAfter()).isEqualTo(String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        assertThat(answer.body()).contains("\"status\":503").contains(DatabaseUnavailable.TITLE);
    }

    @Test
    void whileTheDatabaseIsPausedSubmissionsAreRefusedFastAndAfterwardsEachAcknowledgedOneIsStoredOnce() {
        Map<String, Answer> lastAnswers = new LinkedHashMap<>();
        List<Answer> duringPause = new ArrayList<>();
        long revisionsBefore = fixtures.revisions(ASSOCIATION, period);
        int participating = 0;
        for (long until = System.nanoTime() + Duration.ofSeconds(2).toNanos(); System.nanoTime() < until; ) {
            String key = UUID.randomUUID().toString();
            lastAnswers.put(key, submit(key, ++participating));
        }
        ProcessHandle mariadbd = server.process();
        signal(mariadbd, "STOP");
        try {
            for (long until = System.nanoTime() + PAUSE.toNanos(); System.nanoTime() < until; ) {
                String key = UUID.randomUUID().toString();
                Answer answer = submit(key, ++participating);
                lastAnswers.put(key, answer);
                duringPause.add(answer);
            }
        } finally {
            signal(mariadbd, "CONT");
        }
        assertThat(duringPause).allSatisfy(answer -> assertThat(answer.took()).isLessThan(ANSWER_WITHIN));
        assertThat(duringPause).filteredOn(answer -> !answer.acknowledged()).isNotEmpty()
                .allSatisfy(DatabaseFaultsTest::assertUnavailableProblem);

        // the client retries every unacknowledged submission with its key until it is acknowledged
        Map<String, Long> storedReport = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, Answer> submission : lastAnswers.entrySet()) {
            i++;
            Answer answer = submission.getValue();
            for (int attempt = 0; !answer.acknowledged() && attempt < 20; attempt++) {
                sleep(Duration.ofMillis(500));
                answer = submit(submission.getKey(), i);
            }
            assertThat(answer.status()).as(answer.body()).isEqualTo(201);
            storedReport.put(submission.getKey(), json.readTree(answer.body()).get("id").asLong());
        }
        assertThat(fixtures.revisions(ASSOCIATION, period) - revisionsBefore).as("one revision per submission")
                .isEqualTo(lastAnswers.size());
        for (Map.Entry<String, Long> stored : storedReport.entrySet()) {
            assertThat(jdbc.sql("SELECT report_id FROM api_idempotency_key WHERE tenant_id = ? AND idempotency_key = ?")
                    .params(ASSOCIATION, stored.getKey()).query(Long.class).list()).containsExactly(stored.getValue());
        }
        assertThat(storedReport.values()).doesNotHaveDuplicates();
    }

    @Test
    void aKilledDatabaseIsStartedAgainAndTheApplicationServesWithoutARestart() {
        assertThat(periods().status()).isEqualTo(200);
        ProcessHandle killed = server.process();
        killed.destroyForcibly();
        long started = System.nanoTime();
        Answer answer = periods();
        while (answer.status() != 200 && System.nanoTime() - started < Duration.ofSeconds(60).toNanos()) {
            assertUnavailableProblem(answer);
            sleep(Duration.ofMillis(500));
            answer = periods();
        }
        assertThat(answer.status()).as("serving again within 60 s: " + answer.body()).isEqualTo(200);
        assertThat(server.process().pid()).isNotEqualTo(killed.pid());
        String key = UUID.randomUUID().toString();
        assertThat(submit(key, 7).status()).as("writes too").isEqualTo(201);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
