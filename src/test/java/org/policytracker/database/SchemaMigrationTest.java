package org.policytracker.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDateTime;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.TestOrders;
import org.policytracker.support.TestOrders.TestOrder;
import org.policytracker.uptake.PeriodStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The test database starts empty (target/test-mariadb is wiped when the test JVM starts), so the
 * context coming up at all means Flyway migrated an empty MariaDB and Hibernate validated every
 * entity against the result (ddl-auto=validate). These tests check what that produced. The rows the
 * constraint probes refer to (directive, measure, period) are the class's own.
 */
@PolicyTrackerTest
class SchemaMigrationTest {

    private static TestOrder order;

    @Autowired
    Flyway flyway;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private LocalDateTime now;

    @BeforeAll
    static void createOrder(@Autowired TestOrders orders) {
        order = orders.order("SCHEMA").directive("A", "cisa").measure("M", "A", "finance")
                .period("OPEN", PeriodStatus.OPEN).create();
    }

    @BeforeEach
    void readTheClock() {
        now = LocalDateTime.now(clock);
    }

    @Test
    void everyMigrationIsAppliedToTheRealMariaDb() {
        assertThat(flyway.info().applied()).isNotEmpty()
                .allSatisfy(migration -> assertThat(migration.getState()).isEqualTo(MigrationState.SUCCESS));
        assertThat(flyway.info().pending()).isEmpty();
        String version = jdbc.sql("select version()").query(String.class).single();
        assertThat(version).containsIgnoringCase("mariadb");
    }

    @Test
    void tenantOwnedTablesCarryAnIndexedTenantAndAVersion() {
        for (String table : new String[] {"task", "task_milestone", "task_evidence_link", "task_progress_update",
                "participation_report", "report_evidence_link"}) {
            Integer columns = jdbc.sql("""
                    select count(*) from information_schema.columns
                    where table_schema = database() and table_name = ? and column_name in ('tenant_id', 'version')
                    """).param(table).query(Integer.class).single();
            assertThat(columns).as("tenant_id and version on %s", table).isEqualTo(2);
            Integer indexed = jdbc.sql("""
                    select count(*) from information_schema.statistics
                    where table_schema = database() and table_name = ? and column_name = 'tenant_id' and seq_in_index = 1
                    """).param(table).query(Integer.class).single();
            assertThat(indexed).as("index led by tenant_id on %s", table).isPositive();
        }
    }

    @Test
    void theDatabaseRefusesReportCountsOutOfOrder() {
        long measure = jdbc.sql("select id from voluntary_measure where code = ?").param(order.measure("M"))
                .query(Long.class).single();
        long period = jdbc.sql("select id from reporting_period where code = ?").param(order.period("OPEN"))
                .query(Long.class).single();
        String insert = """
                insert into participation_report (id, tenant_id, measure_id, sector_id, period_id, revision,
                    eligible_count, participating_count, verified_count, status, created_at, created_by, updated_at, updated_by)
                values (next value for participation_report_seq, 'finance-assoc', ?, 'finance', ?, 1, ?, ?, ?, 'DRAFT', ?, 'test', ?, 'test')
                """;
        // verified > participating
        assertThatThrownBy(() -> jdbc.sql(insert).params(measure, period, 10, 5, 6, now, now).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ck_report_counts");
        // participating > eligible
        assertThatThrownBy(() -> jdbc.sql(insert).params(measure, period, 10, 11, 0, now, now).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ck_report_counts");
        assertThat(jdbc.sql("select count(*) from participation_report where measure_id = ?").param(measure)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theDatabaseRefusesPercentOutsideZeroToHundredAndDoneBelowHundred() {
        long directive = order.directive("A");
        String insert = """
                insert into task (tenant_id, directive_id, title, status, percent_complete, completed_on,
                    last_activity_at, created_at, created_by, updated_at, updated_by)
                values ('cisa', ?, 'constraint probe', ?, ?, ?, ?, ?, 'test', ?, 'test')
                """;
        assertThatThrownBy(() -> jdbc.sql(insert).params(directive, "IN_PROGRESS", 101, null, now, now, now).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ck_task_percent");
        assertThatThrownBy(() -> jdbc.sql(insert).params(directive, "DONE", 90, now.toLocalDate(), now, now, now).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ck_task_done");
        assertThatThrownBy(() -> jdbc.sql(insert).params(directive, "BLOCKED", 10, null, now, now, now).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ck_task_reason");
        assertThat(jdbc.sql("select count(*) from task where directive_id = ?").param(directive).query(Long.class)
                .single()).isZero();
    }
}
