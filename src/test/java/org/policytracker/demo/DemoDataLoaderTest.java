package org.policytracker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.policytracker.admin.OrderConfiguration;
import org.policytracker.admin.OrderConfigurationDocument;
import org.policytracker.demo.DemoData.ReportData;
import org.policytracker.demo.DemoData.TaskData;
import org.policytracker.demo.DemoPlan.PeriodData;
import org.policytracker.orderimport.OrderTextImport;
import org.policytracker.orderimport.OrderTextVersion.Kind;
import org.policytracker.orderimport.query.OrderTextVersions.DirectiveChange;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.task.TaskStatus;
import org.policytracker.uptake.PeriodStatus;
import org.policytracker.uptake.ReportStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo data loaded at start with the test clock is placed as its plan for that day says, and
 * loading it again, the same day or in a later quarter, adds nothing but the quarters begun since.
 * Reads what the load created from the audit history (first revisions), which other tests' later
 * edits of demo rows do not change.
 */
@PolicyTrackerTest
class DemoDataLoaderTest {

    private static final String[] TABLES = {"tenant", "app_user", "sector", "association_sector", "reporting_period",
            "exec_order", "order_source", "order_version", "directive", "directive_supporting_agency",
            "voluntary_measure", "measure_sector", "task", "task_milestone", "task_evidence_link",
            "task_progress_update", "participation_report", "revinfo"};

    @Autowired
    DemoDataLoader loader;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Value("${policy-tracker.demo-data.file}")
    Resource demoFile;

    private DemoPlan planForToday() {
        return loader.plan(demoFile, LocalDate.now(clock));
    }

    @Autowired
    OrderTextImport orderTexts;

    @Test
    void theDemoOrdersFrontierModelDirectiveShowsTheDraftsNinetyDayReviewBecomingTheSignedThirtyDays() {
        long directiveId = jdbc.sql("SELECT d.id FROM directive d JOIN exec_order o ON o.id = d.order_id "
                + "WHERE o.code = 'EO-2026-AI-SEC' AND d.code = 'D5'").query(Long.class).single();

        List<DirectiveChange> history = orderTexts.history(directiveId);

        assertThat(history).extracting(DirectiveChange::versionKind).containsExactly(Kind.DRAFT, Kind.SIGNED);
        assertThat(history.getFirst().added()).isTrue();
        assertThat(history.getFirst().versionDated()).as("assumed, before signing").isEqualTo(LocalDate.of(2026, 5, 15));
        DirectiveChange signed = history.get(1);
        assertThat(signed.added()).isFalse();
        assertThat(signed.wordingBefore()).contains("mandatory 90-day government review");
        assertThat(signed.wordingAfter()).contains("may voluntarily submit").contains("up to 30 days before");
        assertThat(signed.versionDated()).isEqualTo(LocalDate.of(2026, 6, 2));
    }

    @Autowired
    OrderConfiguration orderConfiguration;

    /**
     * One loader of orders: every order, directive, measure and sector of the shipped order configuration
     * documents was added by the order configuration import, as the demo loader, and nothing else of that
     * kind was added in the loader's name (the reporting calendar goes in with the documents too, but is
     * the day's plan, not the file's).
     */
    @Test
    void theDemoOrderCameInThroughTheOrderConfigurationImport() throws IOException {
        List<String> shipped = new ArrayList<>();
        for (String name : DemoDataLoader.read(demoFile).orderConfigurations()) {
            OrderConfigurationDocument document = orderConfiguration.read(
                    demoFile.createRelative(name).getContentAsString(StandardCharsets.UTF_8));
            String order = document.order().code();
            shipped.add("order " + order);
            document.directives().forEach(directive -> shipped.add("directive " + order + "/" + directive.code()));
            document.measures().forEach(measure -> shipped.add("measure " + measure.code()));
            document.sectors().forEach(sector -> shipped.add("sector " + sector.id()));
        }
        List<String> imported = jdbc.sql("""
                SELECT CONCAT(subject_type, ' ', subject_key) FROM administration_change
                WHERE actor = ? AND action = 'added by import' AND subject_type <> 'period'""")
                .param(DemoDataLoader.ACTOR).query(String.class).list();

        assertThat(shipped).contains("order EO-2026-AI-SEC", "directive EO-2026-AI-SEC/D1", "sector healthcare");
        assertThat(imported).containsExactlyInAnyOrderElementsOf(shipped);
    }

    @Test
    void theCalendarHasEveryQuarterOfTodaysPlan() {
        for (PeriodData quarter : planForToday().calendar()) {
            assertThat(jdbc.sql("SELECT starts_on, ends_on, due_on, status FROM reporting_period WHERE code = ?")
                    .param(quarter.code())
                    .query((rs, n) -> new PeriodData(quarter.code(), rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate(),
                            rs.getDate(3).toLocalDate(), PeriodStatus.valueOf(rs.getString(4))))
                    .single()).isEqualTo(quarter);
        }
    }

    record CreatedTask(LocalDate startOn, LocalDate dueOn, LocalDate completedOn, TaskStatus status) {
    }

    @Test
    void tasksWereCreatedWithTheDatesOfTodaysPlan() {
        for (TaskData task : planForToday().tasks()) {
            assertThat(jdbc.sql("""
                    SELECT a.start_on, a.due_on, a.completed_on, a.status FROM task_aud a
                    JOIN directive d ON d.id = a.directive_id JOIN exec_order o ON o.id = d.order_id
                    WHERE a.revtype = 0 AND a.created_by = ? AND a.tenant_id = ? AND o.code = ? AND d.code = ? AND a.title = ?""")
                    .params(DemoDataLoader.ACTOR, task.tenant(), task.order(), task.directive(), task.title())
                    .query((rs, n) -> new CreatedTask(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                            rs.getObject(3, LocalDate.class), TaskStatus.valueOf(rs.getString(4))))
                    .single()).as(task.title())
                    .isEqualTo(new CreatedTask(task.startOn(), task.dueOn(), task.completedOn(), task.status()));
        }
    }

    record CreatedReport(ReportStatus status, Instant submittedAt, Instant reviewedAt) {
    }

    @Test
    void reportsWereCreatedInTheQuartersOfTodaysPlanSubmittedAndReviewedNoLaterThanNow() {
        Instant now = clock.instant();
        for (ReportData report : planForToday().reports()) {
            CreatedReport created = jdbc.sql("""
                    SELECT a.status, a.submitted_at, a.reviewed_at FROM participation_report_aud a
                    JOIN voluntary_measure m ON m.id = a.measure_id JOIN reporting_period p ON p.id = a.period_id
                    WHERE a.revtype = 0 AND a.created_by = ? AND a.revision = 1 AND a.tenant_id = ? AND m.code = ?
                      AND a.sector_id = ? AND p.code = ?""")
                    .params(DemoDataLoader.ACTOR, report.tenant(), report.measure(), report.sector(), report.period())
                    .query((rs, n) -> new CreatedReport(ReportStatus.valueOf(rs.getString(1)), instant(rs.getTimestamp(2)),
                            instant(rs.getTimestamp(3))))
                    .single();
            assertThat(created.status()).isEqualTo(report.status());
            switch (report.status()) {
                case DRAFT -> assertThat(created.submittedAt()).isNull();
                case SUBMITTED -> assertThat(created.submittedAt()).isBeforeOrEqualTo(now);
                case ACCEPTED -> assertThat(created.reviewedAt()).isAfterOrEqualTo(created.submittedAt())
                        .isBeforeOrEqualTo(now);
                default -> throw new AssertionError("The demo file has no " + report.status() + " report");
            }
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    @Test
    void loadingAgainTheSameDayAddsNothing() {
        Map<String, Long> before = rowCounts();

        assertThat(loader.load(demoFile).total()).isZero();
        assertThat(loader.load(demoFile).total()).isZero();
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void loadingInALaterQuarterAddsOnlyTheQuartersBegunSince() {
        Clock nextQuarter = Clock.offset(clock, Duration.ofDays(92));
        Map<String, String> statusesBefore = periodStatuses();
        Set<String> begunSince = new HashSet<>(loader.plan(demoFile, LocalDate.now(nextQuarter))
                .calendar().stream().map(PeriodData::code).toList());
        begunSince.removeAll(statusesBefore.keySet());
        try {
            DemoDataLoader.LoadResult later = loader.load(demoFile, nextQuarter);

            assertThat(begunSince).isNotEmpty();
            assertThat(later).isEqualTo(new DemoDataLoader.LoadResult(begunSince.size(), 0, 0));
            Map<String, String> statusesAfter = periodStatuses();
            assertThat(statusesAfter.keySet()).containsAll(begunSince);
            statusesAfter.keySet().removeAll(begunSince);
            assertThat(statusesAfter).as("existing quarters untouched").isEqualTo(statusesBefore);
        } finally {
            // quarters after today's would be open for reports in tests that run after this one
            begunSince.forEach(code -> jdbc.sql("DELETE FROM reporting_period WHERE code = ?").param(code).update());
        }
    }

    private Map<String, String> periodStatuses() {
        Map<String, String> statuses = new LinkedHashMap<>();
        jdbc.sql("SELECT code, status FROM reporting_period").query((rs, n) -> statuses.put(rs.getString(1), rs.getString(2)))
                .list();
        return statuses;
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }

    @Test
    void demoRowsAreAttributedAndTenantsAreConsistent() {
        // every task owner belongs to the task's agency
        assertThat(jdbc.sql("SELECT COUNT(*) FROM task t JOIN app_user u ON u.username = t.owner_username "
                + "WHERE u.tenant_id <> t.tenant_id AND t.created_by = ?").param(DemoDataLoader.ACTOR)
                .query(Long.class).single()).isZero();
        // every demo report's sector is covered by the reporting association and eligible for the measure
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM participation_report r
                WHERE r.created_by = ? AND (
                   NOT EXISTS (SELECT 1 FROM association_sector a WHERE a.tenant_id = r.tenant_id AND a.sector_id = r.sector_id)
                   OR NOT EXISTS (SELECT 1 FROM measure_sector m WHERE m.measure_id = r.measure_id AND m.sector_id = r.sector_id))
                """).param(DemoDataLoader.ACTOR).query(Long.class).single()).isZero();
        // audit revisions name who wrote them
        assertThat(jdbc.sql("SELECT COUNT(*) FROM revinfo WHERE username = ?").param(DemoDataLoader.ACTOR)
                .query(Long.class).single()).isPositive();
    }

    @Autowired
    DataSource dataSource;

    /**
     * A write during start-up: another connection adds a tenant the demo file also has, after the loader
     * checked for it and before its insert commits. The loader's insert waits on that row's key, clashes
     * when the other writer commits, and the loader reads again and leaves the row to its writer instead
     * of failing (which at start-up stopped the application).
     */
    @Test
    void aRowWrittenMeanwhileIsLeftToItsWriterAndTheLoadCompletes() throws Exception {
        String tenant = "race-" + UUID.randomUUID().toString().substring(0, 8);
        Resource file = new ByteArrayResource(("""
                writtenAsOf: 2026-11-22
                tenants:
                  - id: %s
                    kind: AGENCY
                    name: From the demo file
                """.formatted(tenant)).getBytes(StandardCharsets.UTF_8), "race.yaml");
        ExecutorService startup = Executors.newSingleThreadExecutor();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement insert = other.prepareStatement("INSERT INTO tenant (id, kind, name) VALUES (?, 'AGENCY', ?)")) {
                insert.setString(1, tenant);
                insert.setString(2, "Written meanwhile");
                insert.executeUpdate();
            }
            Future<DemoDataLoader.LoadResult> load = startup.submit(() -> loader.load(file));
            // the loader's insert waits on the key (with a statement timeout prefix: "SET STATEMENT ... FOR insert")
            Awaitility.await().atMost(Duration.ofSeconds(3)).until(() -> jdbc.sql(
                    "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE ?")
                    .param("%insert into tenant%" + tenant + "%").query(Integer.class).single() > 0);
            other.commit();
            assertThat(load.get(10, TimeUnit.SECONDS).shared()).as("the clashing row is not counted as added").isZero();
        } finally {
            startup.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT name FROM tenant WHERE id = ?").param(tenant).query(String.class).list())
                .containsExactly("Written meanwhile");
    }

    @Autowired
    DemoDataAtStartup startup;

    /** Readiness: the load is a start-up phase of its own, finished before the web server starts accepting requests. */
    @Test
    void theDemoDataIsLoadedBeforeTheWebServerAcceptsRequests() {
        assertThat(startup.isRunning()).as("loaded").isTrue();
        assertThat(startup.getPhase()).isLessThan(WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE);
    }
}
