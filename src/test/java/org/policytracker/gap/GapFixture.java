package org.policytracker.gap;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.policytracker.uptake.PeriodStatus;
import org.policytracker.uptake.ReportingPeriodService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A small order of its own, with figures worked out by hand in {@link GapMetricsServiceTest} as of
 * {@link #AS_OF}: its own agencies, associations and sectors, so no other test's data touches it,
 * and the calendar quarters 2026-Q2 and 2026-Q3 (reports in Q3), which it ensures itself (created,
 * closed, if the calendar lacks them; a test never changes a calendar quarter's status). A test
 * class {@code @ExtendWith(GapFixture.Lifecycle.class)} gets it in its {@code GapFixture} field
 * before its tests ({@link #create} first removes any copy left by another class, so each class
 * starts from the same figures) and has it removed after them. Classes run one after the other in
 * one JVM, so no class removes the fixture while another one's tests run.
 *
 * <pre>
 * Directive A (deadline 2027-03-31): 4 tasks; measure MA (target 60 %) for sectors S1, S2, S3.
 *   A1 agency-a DONE 100 % due 09-30 done 09-15 (on time)
 *   A2 agency-a IN_PROGRESS 50 % due 11-12 (10 days late), last update 11-02 (20 days)
 *   A3 agency-b NOT_STARTED 0 % due 10-23 (30 days late), last update 08-24 (90 days)
 *   A4 agency-b DONE 100 % due 08-31 done 09-10 (late)
 *   MA, Q3: S1 assoc-1 rev 1 SUPERSEDED (100/10/0), rev 2 ACCEPTED (100/40/10), assoc-2 ACCEPTED (100/20/20);
 *           S2 assoc-1 ACCEPTED (0/0/0: nobody eligible), assoc-2 DRAFT (50/50/50, never counts);
 *           S3 no report.
 * Directive B (deadline 2026-12-31): 2 tasks, all DONE on time; no measure.
 * Directive C (deadline 2026-11-15): 2 open tasks, both overdue and stale, 0 %; measure MC (target 50 %)
 *   for S1 with no report at all.
 * Directive D: no task, no measure.
 * </pre>
 */
final class GapFixture {

    static final String ORDER = "FX-GAP-ORDER";
    /** The day the figures were worked out for; every test passes it (or a day of its own) explicitly. */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    /** When the fixture's rows say they were written: a fixed moment, not the machine's clock. */
    private static final LocalDateTime WRITTEN_AT = AS_OF.atTime(8, 0);

    final long order;
    final long directiveA;
    final long directiveB;
    final long directiveC;
    final long directiveD;
    final long measureA;
    final long measureC;
    final long q3;

    private GapFixture(JdbcClient jdbc) {
        order = id(jdbc, "SELECT id FROM exec_order WHERE code = ?", ORDER);
        directiveA = id(jdbc, "SELECT id FROM directive WHERE order_id = ? AND code = 'A'", order);
        directiveB = id(jdbc, "SELECT id FROM directive WHERE order_id = ? AND code = 'B'", order);
        directiveC = id(jdbc, "SELECT id FROM directive WHERE order_id = ? AND code = 'C'", order);
        directiveD = id(jdbc, "SELECT id FROM directive WHERE order_id = ? AND code = 'D'", order);
        measureA = id(jdbc, "SELECT id FROM voluntary_measure WHERE code = ?", "FX-MA");
        measureC = id(jdbc, "SELECT id FROM voluntary_measure WHERE code = ?", "FX-MC");
        q3 = id(jdbc, "SELECT id FROM reporting_period WHERE code = ?", "2026-Q3");
    }

    /**
     * Creates the fixture for a test class (one instance per class: {@code @TestInstance(PER_CLASS)}),
     * puts it in the class's {@code GapFixture} fields, and removes it after the class's tests.
     */
    static final class Lifecycle implements TestInstancePostProcessor, AfterAllCallback {

        @Override
        public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws IllegalAccessException {
            ApplicationContext spring = SpringExtension.getApplicationContext(context);
            GapFixture fixture = create(spring.getBean(JdbcClient.class), spring.getBean(ReportingPeriodService.class));
            // written in SQL, past the events that renew the figures' snapshots
            spring.getBean(GapSnapshots.class).renew();
            for (Field field : testInstance.getClass().getDeclaredFields()) {
                if (field.getType() == GapFixture.class) {
                    field.setAccessible(true);
                    field.set(testInstance, fixture);
                }
            }
        }

        @Override
        public void afterAll(ExtensionContext context) {
            ApplicationContext spring = SpringExtension.getApplicationContext(context);
            remove(spring.getBean(JdbcClient.class));
            spring.getBean(GapSnapshots.class).renew();
        }
    }

    GapFilter filter() {
        return new GapFilter(order, null, null, null, q3);
    }

    static GapFixture create(JdbcClient jdbc, ReportingPeriodService periods) {
        remove(jdbc);
        periods.ensureQuarter(LocalDate.of(2026, 5, 15), PeriodStatus.CLOSED);
        periods.ensureQuarter(LocalDate.of(2026, 8, 15), PeriodStatus.CLOSED);
        insert(jdbc);
        return new GapFixture(jdbc);
    }

    static void remove(JdbcClient jdbc) {
        for (String sql : new String[] {
                "DELETE FROM participation_report WHERE tenant_id LIKE 'fx-assoc-%'",
                "DELETE FROM gap_uptake_rollup WHERE sector_id LIKE 'fx-s%'",
                "DELETE FROM measure_sector WHERE sector_id LIKE 'fx-s%'",
                "DELETE FROM voluntary_measure WHERE code LIKE 'FX-M%'",
                "DELETE FROM task WHERE tenant_id LIKE 'fx-agency-%'",
                "DELETE d FROM directive d JOIN exec_order o ON o.id = d.order_id WHERE o.code = '" + ORDER + "'",
                "DELETE FROM exec_order WHERE code = '" + ORDER + "'",
                "DELETE FROM association_sector WHERE tenant_id LIKE 'fx-assoc-%'",
                "DELETE FROM sector WHERE id LIKE 'fx-s%'",
                "DELETE FROM tenant WHERE id LIKE 'fx-agency-%' OR id LIKE 'fx-assoc-%'"}) {
            jdbc.sql(sql).update();
        }
    }

    private static long id(JdbcClient jdbc, String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Long.class).single();
    }

    private static void insert(JdbcClient jdbc) {
        jdbc.sql("""
                INSERT INTO tenant (id, kind, name) VALUES ('fx-agency-a', 'AGENCY', 'FX Agency A'),
                  ('fx-agency-b', 'AGENCY', 'FX Agency B'), ('fx-assoc-1', 'ASSOCIATION', 'FX Association 1'),
                  ('fx-assoc-2', 'ASSOCIATION', 'FX Association 2')""").update();
        jdbc.sql("INSERT INTO sector (id, name) VALUES ('fx-s1', 'FX Sector 1'), ('fx-s2', 'FX Sector 2'), ('fx-s3', 'FX Sector 3')")
                .update();
        jdbc.sql("""
                INSERT INTO association_sector (tenant_id, sector_id) VALUES ('fx-assoc-1', 'fx-s1'),
                  ('fx-assoc-1', 'fx-s2'), ('fx-assoc-2', 'fx-s1'), ('fx-assoc-2', 'fx-s2')""").update();
        jdbc.sql("INSERT INTO exec_order (code, title, status) VALUES (?, 'Gap metrics fixture order', 'SIGNED')")
                .param(ORDER).update();
        long order = id(jdbc, "SELECT id FROM exec_order WHERE code = ?", ORDER);
        directive(jdbc, order, "A", "2027-03-31");
        directive(jdbc, order, "B", "2026-12-31");
        directive(jdbc, order, "C", "2026-11-15");
        directive(jdbc, order, "D", null);
        long a = id(jdbc, "SELECT id FROM directive WHERE order_id = ? AND code = 'A'", order);
        long b = id(jdbc, "SELECT id FROM directive WHERE order_id = ? AND code = 'B'", order);
        long c = id(jdbc, "SELECT id FROM directive WHERE order_id = ? AND code = 'C'", order);
        task(jdbc, a, "fx-agency-a", "FX A1", "DONE", 100, "2026-09-30", "2026-09-15", "2026-09-15");
        task(jdbc, a, "fx-agency-a", "FX A2", "IN_PROGRESS", 50, "2026-11-12", null, "2026-11-02");
        task(jdbc, a, "fx-agency-b", "FX A3", "NOT_STARTED", 0, "2026-10-23", null, "2026-08-24");
        task(jdbc, a, "fx-agency-b", "FX A4", "DONE", 100, "2026-08-31", "2026-09-10", "2026-09-10");
        task(jdbc, b, "fx-agency-a", "FX B1", "DONE", 100, "2026-10-31", "2026-10-01", "2026-10-01");
        task(jdbc, b, "fx-agency-b", "FX B2", "DONE", 100, "2026-11-30", "2026-11-01", "2026-11-01");
        task(jdbc, c, "fx-agency-a", "FX C1", "NOT_STARTED", 0, "2026-10-01", null, "2026-07-01");
        task(jdbc, c, "fx-agency-b", "FX C2", "BLOCKED", 0, "2026-11-01", null, "2026-10-01");
        measure(jdbc, a, "FX-MA", "60.00", "fx-s1", "fx-s2", "fx-s3");
        measure(jdbc, c, "FX-MC", "50.00", "fx-s1");
        long ma = id(jdbc, "SELECT id FROM voluntary_measure WHERE code = ?", "FX-MA");
        long q3 = id(jdbc, "SELECT id FROM reporting_period WHERE code = ?", "2026-Q3");
        report(jdbc, "fx-assoc-1", ma, "fx-s1", q3, 1, 100, 10, 0, "SUPERSEDED");
        report(jdbc, "fx-assoc-1", ma, "fx-s1", q3, 2, 100, 40, 10, "ACCEPTED");
        report(jdbc, "fx-assoc-2", ma, "fx-s1", q3, 1, 100, 20, 20, "ACCEPTED");
        report(jdbc, "fx-assoc-1", ma, "fx-s2", q3, 1, 0, 0, 0, "ACCEPTED");
        report(jdbc, "fx-assoc-2", ma, "fx-s2", q3, 1, 50, 50, 50, "DRAFT");
    }

    private static void directive(JdbcClient jdbc, long order, String code, String deadline) {
        jdbc.sql("""
                INSERT INTO directive (order_id, code, title, kind, lead_tenant_id, deadline, deadline_basis, priority)
                VALUES (?, ?, ?, 'AGENCY_ACTION', 'fx-agency-a', ?, 'ASSUMED', 'HIGH')""")
                .params(order, code, "Fixture directive " + code, deadline == null ? null : LocalDate.parse(deadline))
                .update();
    }

    private static void task(JdbcClient jdbc, long directive, String agency, String title, String status, int percent,
            String due, String completed, String lastActivity) {
        jdbc.sql("""
                INSERT INTO task (tenant_id, directive_id, title, status, percent_complete, due_on, completed_on,
                  status_reason, last_activity_at, created_at, created_by, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'fixture', ?, 'fixture')""")
                .params(agency, directive, title, status, percent, LocalDate.parse(due),
                        completed == null ? null : LocalDate.parse(completed),
                        "BLOCKED".equals(status) ? "Waiting for funding" : null,
                        LocalDate.parse(lastActivity).atTime(9, 0), LocalDate.parse(lastActivity).atTime(9, 0),
                        LocalDate.parse(lastActivity).atTime(9, 0))
                .update();
    }

    private static void measure(JdbcClient jdbc, long directive, String code, String target, String... sectors) {
        jdbc.sql("""
                INSERT INTO voluntary_measure (directive_id, code, title, adoption_definition, eligible_population,
                  target_percent, target_basis) VALUES (?, ?, ?, 'fixture', 'fixture', ?, 'ASSUMED')""")
                .params(directive, code, "Fixture measure " + code, new java.math.BigDecimal(target)).update();
        long measure = id(jdbc, "SELECT id FROM voluntary_measure WHERE code = ?", code);
        for (String sector : sectors) {
            jdbc.sql("INSERT INTO measure_sector (measure_id, sector_id) VALUES (?, ?)").params(measure, sector).update();
        }
    }

    private static void report(JdbcClient jdbc, String association, long measure, String sector, long period,
            int revision, int eligible, int participating, int verified, String status) {
        jdbc.sql("""
                INSERT INTO participation_report (id, tenant_id, measure_id, sector_id, period_id, revision, eligible_count,
                  participating_count, verified_count, status, reviewed_by, created_at, created_by, updated_at, updated_by)
                VALUES (NEXT VALUE FOR participation_report_seq, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'fixture', ?, 'fixture')""")
                .params(association, measure, sector, period, revision, eligible, participating, verified, status,
                        "ACCEPTED".equals(status) ? "fixture-reviewer" : null, WRITTEN_AT, WRITTEN_AT)
                .update();
    }
}
