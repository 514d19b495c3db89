package org.policytracker.gap.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.policytracker.PolicyTrackerApplication;
import org.policytracker.audit.AdministrationChanged;
import org.policytracker.gap.GapDashboard;
import org.policytracker.gap.GapFilter;
import org.policytracker.gap.GapMetricsService;
import org.policytracker.support.KeycloakRealm;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The gap benchmark: starts the app on its own embedded MariaDB (~/.policy-tracker-bench/scale-S),
 * generates the data set once ({@link GapDataGenerator}), then prints in one run
 * <ol>
 * <li>the dashboard's server-side time ({@link GapMetricsService#dashboard}), for the first view after a
 * change (computed) and for a repeated view (its snapshot), next to the bare SQL aggregates that yield the
 * same numbers, run on a plain connection (median and p95);</li>
 * <li>the metrics API's throughput under concurrent load (virtual threads, HTTP on 127.0.0.1), and
 * the service's own throughput at the same concurrency;</li>
 * <li>the API's requests/s with 64 connections (wrk, {@link Wrk}) and a personal API token, with the whole
 * body and answered 304 Not Modified;</li>
 * <li>the same with a Keycloak access token (the application restarted with the keycloak profile and a real
 * Keycloak; {@code -Dbench.keycloak=false} leaves this out).</li>
 * </ol>
 * Run by the bench profile, not by the tests: {@code ./mvnw -Pbench verify -Dtest=GapBenchmark
 * -Dbench.scale=1.0} (see docs/BENCHMARKS.md; -Dbench.runs, -Dbench.concurrency, -Dbench.seconds tune it).
 */
class GapBenchmark {

    @Test
    void dashboardAgainstBareSqlAndApiUnderLoad() throws Exception {
        double scale = Double.parseDouble(System.getProperty("bench.scale", "1.0"));
        int runs = Integer.getInteger("bench.runs", 30);
        int concurrency = Integer.getInteger("bench.concurrency", 8);
        int seconds = Integer.getInteger("bench.seconds", 15);
        Path dataDir = Path.of(System.getProperty("user.home"), ".policy-tracker-bench",
                "scale-" + String.format(Locale.ROOT, "%.2f", scale), "mariadb");
        ConfigurableApplicationContext context = start(dataDir);
        try {
            run(context, scale, runs, concurrency, seconds);
        } finally {
            context.close();
        }
        if (Boolean.parseBoolean(System.getProperty("bench.keycloak", "true"))) {
            ConfigurableApplicationContext keycloak = start(dataDir, "--spring.profiles.active=keycloak",
                    "--policy-tracker.local-keycloak.enabled=true", "--policy-tracker.local-keycloak.port=0");
            try {
                bearerTokens(keycloak, seconds);
            } finally {
                keycloak.close();
            }
        }
    }

    /** The application on the benchmark's data set, without demo data; extra arguments add to or override these. */
    private static ConfigurableApplicationContext start(Path dataDir, String... extra) {
        List<String> arguments = new ArrayList<>(List.of(
                "--policy-tracker.embedded-db.data-dir=" + dataDir,
                "--policy-tracker.embedded-db.port=0",
                "--policy-tracker.embedded-db.fresh=false",
                "--policy-tracker.demo-data.enabled=false",
                // the generator's multi-row inserts (rollup triggers included) outlast the 3 s of a request's query
                "--spring.datasource.hikari.data-source-properties.socketTimeout=600000",
                "--server.port=0",
                "--logging.level.root=WARN",
                "--spring.main.banner-mode=off"));
        arguments.addAll(List.of(extra));
        return new SpringApplication(PolicyTrackerApplication.class).run(arguments.toArray(String[]::new));
    }

    /**
     * The same API with the keycloak profile: an access token of viewer.congress from the real Keycloak (started
     * from target/keycloak/ with realm-config/ imported), signed in through its login form as a person would, and
     * checked by the application as an OAuth2 resource server (signature against the realm's published keys).
     */
    private static void bearerTokens(ConfigurableApplicationContext context, int seconds) throws Exception {
        PersonalToken.admitViewers(context.getBean(DataSource.class));
        String token = context.getBean(KeycloakRealm.class).personToken("viewer.congress", "demo");
        String url = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort() + "/api/v1/gaps";
        HttpResponse<String> first = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        if (first.statusCode() != 200) {
            throw new IllegalStateException("The API refused the Keycloak token: " + first.statusCode() + " " + first.body());
        }
        String entityTag = first.headers().firstValue("ETag").orElseThrow();
        System.out.printf(Locale.ROOT, "keycloak profile: access token of viewer.congress, %,d characters; answer %d, "
                + "%,d bytes of JSON, ETag %s%n", token.length(), first.statusCode(), first.body().length(), entityTag);
        Wrk.run("API GET /api/v1/gaps (Keycloak bearer token), 200 with the whole body", url, seconds,
                "Authorization: Bearer " + token);
        Wrk.run("API GET /api/v1/gaps (Keycloak bearer token), If-None-Match: 304", url, seconds,
                "Authorization: Bearer " + token, "If-None-Match: " + entityTag);
    }

    private static void run(ConfigurableApplicationContext context, double scale, int runs, int concurrency, int seconds)
            throws Exception {
        DataSource dataSource = context.getBean(DataSource.class);
        GapMetricsService metrics = context.getBean(GapMetricsService.class);
        LocalDate today = metrics.today();
        long reports = new GapDataGenerator(dataSource, today).generate(scale);
        System.out.printf(Locale.ROOT, "%n== Gap benchmark, scale %.2f: %,d reports, %,d tasks, %d cores ==%n", scale,
                reports, count(dataSource, "task"), Runtime.getRuntime().availableProcessors());

        GapDashboard dashboard = metrics.dashboard(GapFilter.ALL, today);
        List<LocalDate> trendEnds = dashboard.trend().stream()
                .map(p -> p.endsOn().isBefore(today) ? p.endsOn() : today).toList();
        BareSql bare = new BareSql(dataSource, today, dashboard.period().id(), dashboard.trend().getFirst().periodId(),
                metrics.timeliness().staleAfterDays(), trendEnds, false);
        BareSql bareRollup = new BareSql(dataSource, today, dashboard.period().id(),
                dashboard.trend().getFirst().periodId(), metrics.timeliness().staleAfterDays(), trendEnds, true);
        BareSql.Totals sql = bare.run();
        if (!sql.equals(bareRollup.run())) {
            throw new IllegalStateException("The rollup differs from the reports: " + sql + " vs " + bareRollup.run());
        }
        System.out.printf(Locale.ROOT, "period %s, %d trend periods, %d directives, %d measures%n",
                dashboard.period().code(), dashboard.trend().size(), dashboard.directives().size(), dashboard.measures().size());
        System.out.printf(Locale.ROOT, "same numbers: tasks %d = %d, overdue %d = %d, participating %d = %d, "
                        + "eligible %d = %d, trend participating %d = %d%n",
                dashboard.directives().stream().mapToLong(d -> d.tasks().tasks()).sum(), sql.tasks(),
                dashboard.headline().overdueTasks(), sql.overdue(),
                dashboard.headline().reports().participating(), sql.participating(),
                dashboard.headline().reports().eligible(), sql.eligible(),
                dashboard.trend().stream().mapToLong(p -> p.reports().participating()).sum(), sql.trendParticipating());

        // a change as the application announces it: every snapshot is computed again at its next view
        Runnable change = () -> context.publishEvent(new AdministrationChanged("benchmark", "all", "renew"));
        List<Double> firstViewTimes = new ArrayList<>();
        List<Double> repeatedViewTimes = new ArrayList<>();
        List<Double> sqlTimes = new ArrayList<>();
        List<Double> rollupTimes = new ArrayList<>();
        for (int i = 0; i < 3; i++) { // warm-up
            change.run();
            metrics.dashboard(GapFilter.ALL, today);
            metrics.dashboard(GapFilter.ALL, today);
            bare.run();
            bareRollup.run();
        }
        for (int i = 0; i < runs; i++) { // interleaved, so all see the same machine load
            change.run();
            firstViewTimes.add(millis(() -> metrics.dashboard(GapFilter.ALL, today)));
            repeatedViewTimes.add(millis(() -> metrics.dashboard(GapFilter.ALL, today)));
            sqlTimes.add(millis(bare::runUnchecked));
            rollupTimes.add(millis(bareRollup::runUnchecked));
        }
        String sector = dashboard.measures().getFirst().cells().getFirst().sectorId();
        List<Double> filteredTimes = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            change.run();
            filteredTimes.add(millis(() -> metrics.dashboard(GapFilter.ALL.withSector(sector), today)));
        }
        System.out.printf(Locale.ROOT, "%-48s %10s %10s%n", "server-side time (ms, " + runs + " runs)", "median", "p95");
        print("dashboard, first view after a change", firstViewTimes);
        print("dashboard, repeated view (snapshot)", repeatedViewTimes);
        print("bare SQL over the reports", sqlTimes);
        print("bare SQL over the rollup (V5)", rollupTimes);
        print("filtered by one sector, first view after change", filteredTimes);
        System.out.printf(Locale.ROOT, "first view after a change / bare SQL over the rollup (medians): %.2fx; "
                        + "/ bare SQL over the reports: %.2fx%n",
                percentile(firstViewTimes, 50) / percentile(rollupTimes, 50),
                percentile(firstViewTimes, 50) / percentile(sqlTimes, 50));

        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        String url = "http://127.0.0.1:" + port + "/api/v1/gaps";
        PersonalToken.admitViewers(dataSource);
        load("API GET /api/v1/gaps (HTTP Basic)", concurrency, seconds, api(url));
        load("GapMetricsService.dashboard in process", concurrency, seconds, () -> {
            metrics.dashboard(GapFilter.ALL, today);
            return true;
        });
        String token = PersonalToken.create(dataSource, context.getBean(Clock.class).instant());
        HttpResponse<String> first = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        String entityTag = first.headers().firstValue("ETag").orElseThrow();
        System.out.printf(Locale.ROOT, "API answer: %d, %,d bytes of JSON, ETag %s, Cache-Control %s%n",
                first.statusCode(), first.body().length(), entityTag,
                first.headers().firstValue("Cache-Control").orElse("-"));
        Wrk.run("API GET /api/v1/gaps (HTTP Basic, BCrypt per request), 200 with the whole body", url, seconds,
                "Authorization: Basic " + Base64.getEncoder().encodeToString(
                        "viewer.congress:demo".getBytes(StandardCharsets.UTF_8)));
        Wrk.run("API GET /api/v1/gaps (personal token), 200 with the whole body", url, seconds,
                "Authorization: Bearer " + token);
        Wrk.run("API GET /api/v1/gaps (personal token), If-None-Match: 304", url, seconds,
                "Authorization: Bearer " + token, "If-None-Match: " + entityTag);
    }

    private static Supplier<Boolean> api(String url) {
        HttpClient client = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("viewer.congress:demo".getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30)).build();
        return () -> {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
            } catch (Exception e) {
                return false;
            }
        };
    }

    /** Bounded load: `concurrency` virtual threads, each calling until `seconds` have passed. */
    private static void load(String label, int concurrency, int seconds, Supplier<Boolean> call) throws Exception {
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong failures = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long started = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < concurrency; t++) {
                threads.submit(() -> {
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        boolean ok = call.get();
                        latencies.add((System.nanoTime() - start) / 1e6);
                        if (!ok) {
                            failures.incrementAndGet();
                        }
                    }
                });
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %d requests in %.1f s with %d concurrent = %.1f requests/s; "
                        + "latency median %.0f ms, p95 %.0f ms; %d failed%n", label, latencies.size(), elapsed,
                concurrency, latencies.size() / elapsed, percentile(latencies, 50), percentile(latencies, 95),
                failures.get());
    }

    private static double millis(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static void print(String label, List<Double> times) {
        System.out.printf(Locale.ROOT, "%-48s %10.2f %10.2f%n", label, percentile(times, 50), percentile(times, 95));
    }

    static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static long count(DataSource dataSource, String table) throws SQLException {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The same numbers straight from SQL on one connection: task figures per directive, overdue
     * medians, accepted report sums per period, measure and sector (the period's uptake and the
     * trend; summed over the reports themselves, or read from the rollup the dashboard reads), and task completion for the trend (one period's pair of sums: the service computes one
     * pair per trend period). Written here on purpose, independent of the service's SQL.
     */
    private record BareSql(DataSource dataSource, LocalDate today, long period, long firstTrendPeriod, int staleDays,
            List<LocalDate> trendEnds, boolean rollup) {

        record Totals(long tasks, long overdue, long participating, long eligible, long trendParticipating) {
        }

        void runUnchecked() {
            try {
                run();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        Totals run() throws SQLException {
            try (Connection c = dataSource.getConnection()) {
                long tasks = 0;
                long overdue = 0;
                StringBuilder trendSums = new StringBuilder();
                for (int i = 0; i < trendEnds.size(); i++) {
                    trendSums.append(", SUM(t.completed_on <= ?), SUM(t.due_on < ? AND (t.completed_on IS NULL OR t.completed_on > ?))");
                }
                try (PreparedStatement s = c.prepareStatement("""
                        SELECT t.directive_id, COUNT(*), AVG(t.percent_complete), SUM(t.status <> 'DONE'),
                          SUM(t.status <> 'DONE' AND t.due_on < ?), MAX(CASE WHEN t.status <> 'DONE' AND t.due_on < ?
                            THEN DATEDIFF(?, t.due_on) END),
                          SUM(t.status = 'DONE' AND t.completed_on <= t.due_on),
                          AVG(CASE WHEN t.status <> 'DONE' THEN DATEDIFF(?, t.last_activity_at) END),
                          SUM(t.status <> 'DONE' AND DATEDIFF(?, t.last_activity_at) > ?)""" + trendSums
                        + " FROM task t GROUP BY t.directive_id")) {
                    for (int i = 1; i <= 5; i++) {
                        s.setObject(i, today);
                    }
                    s.setInt(6, staleDays);
                    int index = 7;
                    for (LocalDate end : trendEnds) {
                        for (int k = 0; k < 3; k++) {
                            s.setObject(index++, end);
                        }
                    }
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            tasks += rs.getLong(2);
                            overdue += rs.getLong(5);
                        }
                    }
                }
                try (PreparedStatement s = c.prepareStatement("""
                        SELECT DISTINCT t.directive_id, MEDIAN(DATEDIFF(?, t.due_on)) OVER (PARTITION BY t.directive_id)
                        FROM task t WHERE t.status <> 'DONE' AND t.due_on < ?""")) {
                    s.setObject(1, today);
                    s.setObject(2, today);
                    drain(s);
                }
                long participating = 0;
                long eligible = 0;
                long trendParticipating = 0;
                try (PreparedStatement s = c.prepareStatement(rollup ? """
                        SELECT u.period_id, u.measure_id, u.sector_id, u.reports, u.eligible, u.participating, u.verified
                        FROM gap_uptake_rollup u WHERE u.reports > 0 AND u.period_id BETWEEN ? AND ?""" : """
                        SELECT r.period_id, r.measure_id, r.sector_id, COUNT(*), SUM(r.eligible_count),
                          SUM(r.participating_count), SUM(r.verified_count)
                        FROM participation_report r WHERE r.status = 'ACCEPTED' AND r.period_id BETWEEN ? AND ?
                        GROUP BY r.period_id, r.measure_id, r.sector_id""")) {
                    s.setLong(1, firstTrendPeriod);
                    s.setLong(2, period);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            trendParticipating += rs.getLong(6);
                            if (rs.getLong(1) == period) {
                                eligible += rs.getLong(5);
                                participating += rs.getLong(6);
                            }
                        }
                    }
                }
                return new Totals(tasks, overdue, participating, eligible, trendParticipating);
            }
        }

        private static void drain(PreparedStatement s) throws SQLException {
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rs.getObject(1);
                }
            }
        }
    }
}
