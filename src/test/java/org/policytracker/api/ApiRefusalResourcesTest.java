package org.policytracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.apache.tomcat.util.threads.ThreadPoolExecutor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.RawHttp;
import org.policytracker.support.RawHttp.Answer;
import org.policytracker.support.TestOrders;
import org.policytracker.support.TestOrders.TestOrder;
import org.policytracker.uptake.PeriodStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Refused requests hold nothing afterwards: a report with more evidence links than allowed, JSON
 * bodies over the limit (declared, undeclared, and a declared 20 MB one) and a raw 150 MiB CSV
 * upload are each refused in under a second, and then Tomcat's busy worker threads and the pool's
 * active database connections are back to what they were before within a second. The order,
 * measure and open period are this class's own.
 */
@PolicyTrackerTest
class ApiRefusalResourcesTest {

    private static final Duration WITHIN = Duration.ofSeconds(1);
    private static String measure;
    private static String period;

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    WebServerApplicationContext context;

    @BeforeAll
    static void createOrder(@Autowired TestOrders orders) {
        TestOrder order = orders.order("REFUSALS").directive("CISA", "cisa")
                .measure("M", "CISA", "healthcare").period("OPEN", PeriodStatus.OPEN).create();
        measure = order.measure("M");
        period = order.period("OPEN");
    }

    private static Map<String, String> reporterJson() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString("reporter.health:demo".getBytes(StandardCharsets.UTF_8)));
        headers.put("Content-Type", "application/json");
        return headers;
    }

    private static byte[] report(int links, String padding) {
        String evidence = IntStream.range(0, links)
                .mapToObj(i -> "{\"label\": \"Survey " + i + "\", \"url\": \"https://example.org/s/" + i + "\"}")
                .collect(Collectors.joining(","));
        return """
                {"measure": "%s", "sector": "healthcare", "period": "%s", "eligibleCount": 100, "x": "%s",
                 "participatingCount": 1, "verifiedCount": 0, "evidenceLinks": [%s]}
                """.formatted(measure, period, padding, evidence).getBytes(StandardCharsets.UTF_8);
    }

    private interface Request {
        Answer send() throws Exception;
    }

    private static void refusedFast(String name, int status, Request request) throws Exception {
        long started = System.nanoTime();
        Answer answer = request.send();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as(name).isLessThan(WITHIN);
        assertThat(answer.status()).as(name + ": " + answer.body()).isEqualTo(status);
    }

    @Test
    void refusedRequestsLeaveNoThreadOrConnectionBusy() throws Exception {
        HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        ThreadPoolExecutor workers = (ThreadPoolExecutor) ((TomcatWebServer) context.getWebServer()).getTomcat()
                .getConnector().getProtocolHandler().getExecutor();
        int connectionsBefore = pool.getActiveConnections();
        int threadsBefore = workers.getActiveCount();

        for (int round = 0; round < 3; round++) {
            refusedFast("1,000 evidence links", 400,
                    () -> RawHttp.exchange(port, "POST", "/api/v1/reports", reporterJson(), report(1000, "")));
            refusedFast("2 MB body", 413, () -> RawHttp.exchange(port, "POST", "/api/v1/reports", reporterJson(),
                    report(1, "x".repeat(2_000_000))));
            refusedFast("declared 20 MB body", 413,
                    () -> RawHttp.exchangeZeros(port, "POST", "/api/v1/reports", reporterJson(), 20_000_000));
            refusedFast("raw 150 MiB upload", 413, () -> RawHttp.exchangeZeros(port, "POST",
                    "/VAADIN/dynamic/resource/0/00000000-0000-0000-0000-000000000000/upload",
                    Map.of("Content-Type", "text/csv", "X-Filename", "big.csv"), 150L * 1024 * 1024));
        }

        assertBackWithin("active database connections", pool::getActiveConnections, connectionsBefore);
        assertBackWithin("busy Tomcat worker threads", workers::getActiveCount, threadsBefore);
    }

    private static void assertBackWithin(String what, IntSupplier count, int before) throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (count.getAsInt() > before && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(count.getAsInt()).as(what).isLessThanOrEqualTo(before);
    }
}
