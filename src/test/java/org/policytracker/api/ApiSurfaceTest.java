package org.policytracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.tomcat.util.threads.ThreadPoolExecutor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.RawHttp;
import org.policytracker.support.RawHttp.Answer;
import org.policytracker.support.TestOrders;
import org.policytracker.support.TestOrders.TestOrder;
import org.policytracker.uptake.PeriodStatus;
import org.policytracker.uptake.ReportingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The closed API surface over raw HTTP/1.1 ({@link RawHttp}, so that blank or oversized headers and
 * bodies go out exactly as written): every request the API does not serve gets its specific status
 * as problem JSON, never the Vaadin page, an empty 403 or Tomcat's HTML, and nothing is written.
 * The order, measure and open period are this class's own; a valid report is the baseline.
 * Refusals hold nothing afterwards: no busy server thread, no database connection.
 */
@PolicyTrackerTest
class ApiSurfaceTest {

    private static final String REPORTER = "reporter.health";
    private static final String TENANT = "hospital-assoc";
    private static String measure;
    private static String period;

    @LocalServerPort
    int port;
    @Autowired
    ReportingFixtures fixtures;
    @Autowired
    DataSource dataSource;
    @Autowired
    WebServerApplicationContext context;

    @BeforeAll
    static void createOrder(@Autowired TestOrders orders) {
        TestOrder order = orders.order("SURFACE").directive("CISA", "cisa")
                .measure("DEFENSE", "CISA", "healthcare").period("OPEN", PeriodStatus.OPEN).create();
        measure = order.measure("DEFENSE");
        period = order.period("OPEN");
    }

    private Answer exchange(String method, String target, Map<String, String> headers, byte[] body) throws Exception {
        return RawHttp.exchange(port, method, target, headers, body);
    }

    private static Map<String, String> as(String user, String... more) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (user != null) {
            headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
                    .getBytes(StandardCharsets.UTF_8)));
        }
        for (int i = 0; i < more.length; i += 2) {
            headers.put(more[i], more[i + 1]);
        }
        return headers;
    }

    private static String report(String eligibleCount, int links) {
        String evidence = String.join(",", IntStream.range(0, links)
                .mapToObj(i -> "{\"label\": \"Survey " + i + "\", \"url\": \"https://example.org/s/" + i + "\"}").toList());
        return """
                {"measure": "%s", "sector": "healthcare", "period": "%s", "eligibleCount": %s,
                 "participatingCount": 1, "verifiedCount": 0, "evidenceLinks": [%s]}
                """.formatted(measure, period, eligibleCount, evidence);
    }

    /** A valid report padded with an unknown 2 MB field: over the API's 1 MB body limit. */
    private static byte[] twoMegabyteReport() {
        return utf8(report("10", 1).replace("\"evidenceLinks\"", "\"x\": \"" + "x".repeat(2_000_000)
                + "\", \"evidenceLinks\""));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static Stream<Arguments> refusals() {
        String json = "application/json";
        return Stream.of(
                // unknown paths and methods: never the Vaadin page
                Arguments.of("GET /api/v1/nothing-here", "GET", "/api/v1/nothing-here", as(REPORTER), null, 404, "Not Found"),
                Arguments.of("POST /api/v1/tasks", "POST", "/api/v1/tasks", as(REPORTER, "Content-Type", json),
                        utf8("{}"), 404, "Not Found"),
                Arguments.of("PUT /api/v1/tasks/1", "PUT", "/api/v1/tasks/1", as(REPORTER, "Content-Type", json),
                        utf8("{}"), 404, "Not Found"),
                Arguments.of("DELETE /api/v1/tasks/2", "DELETE", "/api/v1/tasks/2", as(REPORTER), null, 404, "Not Found"),
                Arguments.of("unknown path without credentials", "GET", "/api/v2/reports", as(null), null, 401,
                        "Authentication required"),
                // wrong methods on the reports collection: 405 with Allow
                Arguments.of("PUT /api/v1/reports", "PUT", "/api/v1/reports", as(REPORTER, "Content-Type", json),
                        utf8("{}"), 405, "Method Not Allowed"),
                Arguments.of("PATCH /api/v1/reports", "PATCH", "/api/v1/reports", as(REPORTER, "Content-Type", json),
                        utf8("{}"), 405, "Method Not Allowed"),
                Arguments.of("DELETE /api/v1/reports", "DELETE", "/api/v1/reports", as(REPORTER), null, 405,
                        "Method Not Allowed"),
                // wrong media types
                Arguments.of("text/plain body", "POST", "/api/v1/reports", as(REPORTER, "Content-Type", "text/plain"),
                        utf8("measure=x"), 415, "Unsupported Media Type"),
                Arguments.of("XML body", "POST", "/api/v1/reports", as(REPORTER, "Content-Type", "application/xml"),
                        utf8("<report/>"), 415, "Unsupported Media Type"),
                Arguments.of("form body", "POST", "/api/v1/reports",
                        as(REPORTER, "Content-Type", "application/x-www-form-urlencoded"), utf8("measure=x&sector=y"),
                        415, "Unsupported Media Type"),
                // malformed addresses and parameters, missing parameters
                Arguments.of("encoded percent in the path", "GET", "/api/v1/tenants/%25", as(REPORTER), null, 400,
                        "Malformed request"),
                Arguments.of("GET /api/v1/tenants/..", "GET", "/api/v1/tenants/..", as(REPORTER), null, 400,
                        "Malformed request"),
                Arguments.of("non-numeric report id", "GET", "/api/v1/reports/abc", as(REPORTER), null, 400,
                        "Parameter 'id' must be a whole number"),
                Arguments.of("non-numeric directive id", "GET", "/api/v1/gaps/directives/x1/tasks", as(REPORTER), null,
                        400, "Parameter 'id' must be a whole number"),
                Arguments.of("extreme asOf", "GET", "/api/v1/gaps?asOf=%2B999999999-12-31", as(REPORTER), null, 400,
                        "Parameter 'asOf' must be a date from"),
                Arguments.of("malformed asOf", "GET", "/api/v1/gaps?asOf=yesterday", as(REPORTER), null, 400,
                        "Parameter 'asOf' must be a date written as YYYY-MM-DD"),
                Arguments.of("missing required period", "GET", "/api/v1/gaps/measures/1/reports", as(REPORTER), null,
                        400, "Parameter 'period' is required"),
                // header, key and query sizes
                Arguments.of("9,000-character Idempotency-Key", "POST", "/api/v1/reports",
                        as(REPORTER, "Content-Type", json, "Idempotency-Key", "k".repeat(9000)), utf8(report("10", 1)),
                        400, "Idempotency-Key must be 1 to 200"),
                Arguments.of("blank Idempotency-Key", "POST", "/api/v1/reports",
                        as(REPORTER, "Content-Type", json, "Idempotency-Key", ""), utf8(report("10", 1)),
                        400, "Idempotency-Key must be 1 to 200"),
                Arguments.of("60 KB query string", "GET", "/api/v1/reports?period=" + "x".repeat(60_000), as(REPORTER),
                        null, 414, "at most 4096"),
                Arguments.of("20 KB of headers", "GET", "/api/v1/me", as(REPORTER, "X-Padding", "p".repeat(20_000)),
                        null, 431, "Request headers too large"),
                Arguments.of("70 KB of headers, over Tomcat's limit", "GET", "/api/v1/me",
                        as(REPORTER, "X-Padding", "p".repeat(70_000)), null, 400, "headers are larger than 64 KB"),
                // bodies: over the limit, invalid UTF-8, too many links, coerced counts
                Arguments.of("2 MB JSON body", "POST", "/api/v1/reports", as(REPORTER, "Content-Type", json),
                        twoMegabyteReport(), 413, "at most 1048576 bytes"),
                Arguments.of("overlong UTF-8 sequence", "POST", "/api/v1/reports", as(REPORTER, "Content-Type", json),
                        overlong(report("10", 1)), 400, "not well-formed UTF-8"),
                Arguments.of("51 evidence links", "POST", "/api/v1/reports", as(REPORTER, "Content-Type", json),
                        utf8(report("100", 51)), 400, "evidenceLinks has 51 links; a report takes at most 50"),
                Arguments.of("count 1.5", "POST", "/api/v1/reports", as(REPORTER, "Content-Type", json),
                        utf8(report("1.5", 1)), 400, "eligibleCount has the wrong type"),
                Arguments.of("count \"100\"", "POST", "/api/v1/reports", as(REPORTER, "Content-Type", json),
                        utf8(report("\"100\"", 1)), 400, "eligibleCount has the wrong type"),
                Arguments.of("count true", "POST", "/api/v1/reports", as(REPORTER, "Content-Type", json),
                        utf8(report("true", 1)), 400, "eligibleCount has the wrong type"));
    }

    /** The report with its "Survey" written with an overlong two-byte form of 'S' (0xC1 0x93). */
    private static byte[] overlong(String json) {
        byte[] plain = utf8(json.replaceFirst("Survey", "\u0001urvey"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : plain) {
            if (b == 1) {
                out.write(0xC1);
                out.write(0x93);
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void eachRefusalHasItsStatusAsProblemJsonAndWritesNothing(String name, String method, String target,
            Map<String, String> headers, byte[] body, int status, String says) throws Exception {
        long before = fixtures.revisions(TENANT, period);
        Answer answer = exchange(method, target, headers, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().get("content-type")).as(answer.body()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"status\":" + status).contains(says)
                .doesNotContain("java.", "org.policytracker", "<html");
        assertThat(answer.headers().get("www-authenticate")).as("no challenge that makes a browser prompt")
                .satisfiesAnyOf(challenge -> assertThat(challenge).isNull(),
                        challenge -> assertThat(challenge).doesNotContainIgnoringCase("basic"));
        if (status == 405) {
            assertThat(answer.headers().get("allow")).contains("GET").contains("POST");
        }
        assertThat(fixtures.revisions(TENANT, period)).isEqualTo(before);
    }

    @Test
    void theBaselineReportIsAccepted() throws Exception {
        long before = fixtures.revisions(TENANT, period);
        Answer answer = exchange("POST", "/api/v1/reports", as(REPORTER, "Content-Type", "application/json",
                "Idempotency-Key", "surface-" + System.nanoTime()), utf8(report("10", 50)));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(fixtures.revisions(TENANT, period)).isEqualTo(before + 1);
    }

    @Test
    void a20MegabyteBodyIsRefusedByItsLengthWithoutBeingRead() throws Exception {
        long started = System.nanoTime();
        Answer answer = RawHttp.exchangeZeros(port, "POST", "/api/v1/reports",
                as(REPORTER, "Content-Type", "application/json"), 20_000_000);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("The request body has 20000000 bytes; at most 1048576 bytes are accepted");
    }

    @Test
    void aChunkedBodyIsRefusedOnceItPassesTheLimit() throws Exception {
        long before = fixtures.revisions(TENANT, period);
        byte[] kilobyte = utf8("x".repeat(1024));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < 1100; i++) {
            body.write(utf8(Integer.toHexString(kilobyte.length) + "\r\n"));
            body.write(kilobyte);
            body.write(utf8("\r\n"));
        }
        body.write(utf8("0\r\n\r\n"));
        long started = System.nanoTime();
        Answer answer = exchange("POST", "/api/v1/reports", as(REPORTER, "Content-Type", "application/json",
                "Transfer-Encoding", "chunked"), body.toByteArray());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("longer than 1048576 bytes");
        assertThat(fixtures.revisions(TENANT, period)).isEqualTo(before);
    }

    private interface Request {
        Answer send() throws Exception;
    }

    private static void refusedInUnderASecond(String name, int status, Request request) throws Exception {
        long started = System.nanoTime();
        Answer answer = request.send();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as(name).isLessThan(Duration.ofSeconds(1));
        assertThat(answer.status()).as(name + ": " + answer.body()).isEqualTo(status);
    }

    @Test
    void refusedRequestsLeaveNoServerThreadOrDatabaseConnectionBusy() throws Exception {
        HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        ThreadPoolExecutor workers = (ThreadPoolExecutor) ((TomcatWebServer) context.getWebServer()).getTomcat()
                .getConnector().getProtocolHandler().getExecutor();
        int connectionsBefore = pool.getActiveConnections();
        int workersBefore = workers.getActiveCount();
        String json = "application/json";
        for (int round = 0; round < 3; round++) {
            refusedInUnderASecond("1,000 evidence links", 400, () -> exchange("POST", "/api/v1/reports",
                    as(REPORTER, "Content-Type", json), utf8(report("100", 1000))));
            refusedInUnderASecond("2 MB body", 413, () -> exchange("POST", "/api/v1/reports",
                    as(REPORTER, "Content-Type", json), twoMegabyteReport()));
            refusedInUnderASecond("declared 20 MB body", 413, () -> RawHttp.exchangeZeros(port, "POST",
                    "/api/v1/reports", as(REPORTER, "Content-Type", json), 20_000_000));
            // the CSV import's upload target: its size limit applies before any session or upload is looked up
            refusedInUnderASecond("raw 150 MiB upload", 413, () -> RawHttp.exchangeZeros(port, "POST",
                    "/VAADIN/dynamic/resource/0/00000000-0000-0000-0000-000000000000/upload",
                    Map.of("Content-Type", "text/csv", "X-Filename", "big.csv"), 150L * 1024 * 1024));
        }
        assertBackWithinASecond("active database connections", pool::getActiveConnections, connectionsBefore);
        assertBackWithinASecond("busy Tomcat worker threads", workers::getActiveCount, workersBefore);
    }

    private static void assertBackWithinASecond(String what, IntSupplier count, int before) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        while (count.getAsInt() > before && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(count.getAsInt()).as(what).isLessThanOrEqualTo(before);
    }

    @Test
    void theOpenApiDocumentDoesNotTakeItsServerFromTheHostHeader() throws Exception {
        Answer answer = exchange("GET", "/api/openapi", Map.of("Host", "evil.example"), null);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("\"servers\":[{\"url\":\"/\"").doesNotContain("evil.example");
        Answer ui = exchange("GET", "/api/swagger-ui/index.html", Map.of(), null);
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.headers().get("content-type")).startsWith("text/html");
    }
}
