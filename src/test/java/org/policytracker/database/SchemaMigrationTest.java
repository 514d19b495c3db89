package org.policytracker.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.policytracker.support.PolicyTrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The test database starts empty (target/test-mariadb is wiped when the test JVM starts), so the
 * context coming up at all means Flyway migrated an empty MariaDB and Hibernate validated every
 * entity against the result (ddl-auto=validate). These tests check what that produced.
 */
@PolicyTrackerTest
class SchemaMigrationTest {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcClient jdbc;

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
        long measure = jdbc.sql("select min(id) from voluntary_measure").query(Long.class).single();
        long period = jdbc.sql("select min(id) from reporting_period").query(Long.class).single();
        String sector = jdbc.sql("select min(id) from sector").query(String.class).single();
        String insert = """
                insert into participation_report (tenant_id, measure_id, sector_id, period_id, revision,
                    eligible_count, participating_count, verified_count, status, created_at, created_by, updated_at, updated_by)
                values ('finance-assoc', ?, ?, ?, 99, ?, ?, ?, 'DRAFT', now(), 'test', now(), 'test')
                """;
        // verified > participating
        assertThatThrownBy(() -> jdbc.sql(insert).params(measure, sector, period, 10, 5, 6).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ck_report_counts");
        // participating > eligible
        assertThatThrownBy(() -> jdbc.sql(insert).params(measure, sector, period, 10, 11, 0).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ck_report_counts");
    }

    @Test
    void theDatabaseRefusesPercentOutsideZeroToHundredAndDoneBelowHundred() {
        long directive = jdbc.sql("select min(id) from directive").query(Long.class).single();
        String insert = """
                insert into task (tenant_id, directive_id, title, status, percent_complete, completed_on,
                    last_activity_at, created_at, created_by, updated_at, updated_by)
                values ('cisa', ?, 'constraint probe', ?, ?, ?, now(), now(), 'test', now(), 'test')
                """;
        assertThatThrownBy(() -> jdbc.sql(insert).params(directive, "IN_PROGRESS", 101, null).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ck_task_percent");
        assertThatThrownBy(() -> jdbc.sql(insert).params(directive, "DONE", 90, "2026-11-01").update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ck_task_done");
        assertThatThrownBy(() -> jdbc.sql(insert).params(directive, "BLOCKED", 10, null).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ck_task_reason");
    }
}
