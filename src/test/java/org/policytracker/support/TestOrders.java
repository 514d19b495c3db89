package org.policytracker.support;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.policytracker.task.TaskCommands;
import org.policytracker.uptake.PeriodStatus;
import org.policytracker.uptake.EvidenceLink;
import org.policytracker.uptake.ReportInput;
import org.policytracker.uptake.ReportRow;
import org.policytracker.uptake.ReportingService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * A test class's own data, so that it asserts only on rows it made: an executive order with
 * directives led by the demo agencies whose program managers the test signs in as, voluntary
 * measures for the demo sectors that the demo associations report for, reporting periods that only
 * this class uses, and the tasks and reports it needs on them.
 *
 * <p>Every code carries a random suffix, so no two classes (nor two runs against one database)
 * share an order, a measure or a period. Periods lie in the far future (one quarter each from
 * 2090 on): never the latest ended period, never inside a gap trend window, never late, and no
 * calendar quarter ({@code YYYY-Qn}) is touched.
 *
 * <pre>
 * TestOrder order = orders.order("TASKS").directive("A", "cisa")
 *         .measure("M", "A", "healthcare").period("OPEN", PeriodStatus.OPEN).create();
 * long task = orders.task("pm.cisa", order.directive("A"), "Pilot", today.plusMonths(1));
 * ReportRow report = orders.report("reporter.health", order.measure("M"), "healthcare", order.period("OPEN"), 100, 40, 10);
 * </pre>
 */
@Component
public class TestOrders {

    private static final int MAX_PERIOD_CODE = 16;
    private static final LocalDate FIRST_PERIOD_START = LocalDate.of(2090, 1, 1);
    /** Quarters handed out so far in this JVM, so that every test period has dates of its own. */
    private static final AtomicInteger QUARTERS = new AtomicInteger();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SignedIn signedIn;
    private final TaskCommands commands;
    private final ReportingService reporting;

    TestOrders(JdbcClient jdbc, Clock clock, SignedIn signedIn, TaskCommands commands, ReportingService reporting) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.signedIn = signedIn;
        this.commands = commands;
        this.reporting = reporting;
    }

    /** Starts an order coded {@code T-<name>-<random suffix>}; nothing is stored until {@link Builder#create()}. */
    public Builder order(String name) {
        return new Builder(name.toUpperCase(Locale.ROOT), UUID.randomUUID().toString().substring(0, 5)
                .toUpperCase(Locale.ROOT));
    }

    /**
     * A new agency of the test's own ({@code t-<name>-<random suffix>}), so that the people a test invites
     * into it meet no other test's reminders, owner lists or directories.
     */
    public String agency(String name) {
        String id = ("t-" + name + "-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        jdbc.sql("INSERT INTO tenant (id, kind, name) VALUES (?, 'AGENCY', ?)").params(id, "Test agency " + id)
                .update();
        return id;
    }

    /** A new task of the manager's agency on the directive, created without an owner. */
    public long task(String manager, long directive, String title, LocalDate dueOn) {
        return signedIn.as(manager, () -> commands.create(directive, title, dueOn, null));
    }

    /** A new task of the manager's agency on the directive, created and then owned by the manager. */
    public long ownedTask(String manager, long directive, String title, LocalDate dueOn) {
        long id = task(manager, directive, title, dueOn);
        signedIn.run(manager, () -> commands.bulkUpdate(List.of(id), new TaskCommands.BulkChange(null, null, manager, null)));
        return id;
    }

    /** A report submitted by the association's reporter, as its form or API would submit it. */
    public ReportRow report(String reporter, String measure, String sector, String period, int eligible,
            int participating, int verified) {
        return report(reporter, measure, sector, period, eligible, participating, verified, List.of());
    }

    public ReportRow report(String reporter, String measure, String sector, String period, int eligible,
            int participating, int verified, List<EvidenceLink> evidence) {
        return signedIn.as(reporter, () -> reporting.submit(new ReportInput(measure, sector, period, eligible,
                participating, verified, "Member survey", evidence)));
    }

    /** What {@link Builder#create()} stored: ids and codes by the keys the builder was given. */
    public record TestOrder(long id, String code, Map<String, Long> directives, Map<String, String> measures,
            Map<String, String> periods) {

        public long directive(String key) {
            return get(directives, key);
        }

        public String measure(String key) {
            return get(measures, key);
        }

        public String period(String key) {
            return get(periods, key);
        }

        public String directiveTitle(String key) {
            return TestOrders.directiveTitle(code, key);
        }

        private static <T> T get(Map<String, T> byKey, String key) {
            T value = byKey.get(key);
            if (value == null) {
                throw new IllegalArgumentException("The test order " + byKey.keySet() + " has no " + key);
            }
            return value;
        }
    }

    private static String directiveTitle(String order, String key) {
        return "Test directive " + key + " of " + order;
    }

    public final class Builder {

        private final String code;
        private final String suffix;
        private final Map<String, String> directiveLeads = new LinkedHashMap<>();
        private final Map<String, Measure> measureSpecs = new LinkedHashMap<>();
        private final Map<String, PeriodStatus> periodStatuses = new LinkedHashMap<>();

        private record Measure(String directive, List<String> sectors) {
        }

        private Builder(String name, String suffix) {
            this.code = "T-" + name + "-" + suffix;
            this.suffix = suffix;
        }

        /** A directive of the order (code {@code key}) led by an agency tenant such as cisa or dhs. */
        public Builder directive(String key, String leadAgency) {
            directiveLeads.put(key, leadAgency);
            return this;
        }

        /** A voluntary measure of one of the order's directives for the given (demo) sectors. */
        public Builder measure(String key, String directive, String... sectors) {
            if (!directiveLeads.containsKey(directive)) {
                throw new IllegalArgumentException("Declare directive " + directive + " before its measures");
            }
            measureSpecs.put(key, new Measure(directive, List.of(sectors)));
            return this;
        }

        /** A reporting period only this test uses, coded {@code T-<suffix>-<key>} (at most 16 characters). */
        public Builder period(String key, PeriodStatus status) {
            if (periodCode(key).length() > MAX_PERIOD_CODE) {
                throw new IllegalArgumentException("Period code " + periodCode(key) + " is longer than "
                        + MAX_PERIOD_CODE + " characters: choose a shorter key");
            }
            periodStatuses.put(key, status);
            return this;
        }

        private String periodCode(String key) {
            return "T-" + suffix + "-" + key;
        }

        public TestOrder create() {
            LocalDate today = LocalDate.now(clock);
            long order = insert(jdbc.sql("INSERT INTO exec_order (code, title, signed_on, status) VALUES (?, ?, ?, 'SIGNED')")
                    .params(code, "Test order " + code, today));
            Map<String, Long> directives = new LinkedHashMap<>();
            directiveLeads.forEach((key, lead) -> directives.put(key, insert(jdbc.sql("""
                    INSERT INTO directive (order_id, code, title, kind, lead_tenant_id, deadline, deadline_basis, priority)
                    VALUES (?, ?, ?, 'AGENCY_ACTION', ?, ?, 'ASSUMED', 'HIGH')""")
                    .params(order, key, directiveTitle(code, key), lead, today.plusYears(1)))));
            Map<String, String> measures = new LinkedHashMap<>();
            measureSpecs.forEach((key, spec) -> {
                String measureCode = code + "-" + key;
                long measure = insert(jdbc.sql("""
                        INSERT INTO voluntary_measure (directive_id, code, title, adoption_definition, eligible_population,
                          target_percent, target_basis) VALUES (?, ?, ?, 'test', 'test', ?, 'ASSUMED')""")
                        .params(directives.get(spec.directive()), measureCode, "Test measure " + key + " of " + code,
                                new BigDecimal("50.00")));
                for (String sector : spec.sectors()) {
                    jdbc.sql("INSERT INTO measure_sector (measure_id, sector_id) VALUES (?, ?)").params(measure, sector)
                            .update();
                }
                measures.put(key, measureCode);
            });
            Map<String, String> periods = new LinkedHashMap<>();
            periodStatuses.forEach((key, status) -> {
                LocalDate starts = FIRST_PERIOD_START.plusMonths(3L * QUARTERS.getAndIncrement());
                LocalDate ends = starts.plusMonths(3).minusDays(1);
                jdbc.sql("INSERT INTO reporting_period (code, starts_on, ends_on, due_on, status) VALUES (?, ?, ?, ?, ?)")
                        .params(periodCode(key), starts, ends, ends.plusMonths(1), status.name()).update();
                periods.put(key, periodCode(key));
            });
            return new TestOrder(order, code, Map.copyOf(directives), Map.copyOf(measures), Map.copyOf(periods));
        }

        private long insert(JdbcClient.StatementSpec statement) {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            statement.update(key);
            return key.getKeyAs(Number.class).longValue();
        }
    }
}
