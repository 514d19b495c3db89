package org.policytracker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policytracker.support.PolicyTrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo data loads (it did at start) and loads again without duplicating or changing a row. */
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
    @Value("${policy-tracker.demo-data.file}")
    Resource demoFile;

    private Map<String, Long> rowCounts() {
        var counts = new java.util.LinkedHashMap<String, Long>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }

    @Test
    void loadingAgainAddsNothing() {
        Map<String, Long> before = rowCounts();
        assertThat(before.get("task")).isGreaterThanOrEqualTo(20);
        assertThat(before.get("participation_report")).isGreaterThanOrEqualTo(20);
        assertThat(before.get("directive")).isGreaterThanOrEqualTo(7);

        DemoDataLoader.LoadResult second = loader.load(demoFile);
        DemoDataLoader.LoadResult third = loader.load(demoFile);

        assertThat(second.total()).isZero();
        assertThat(third.total()).isZero();
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void demoRowsAreAttributedAndTenantsAreConsistent() {
        // every task is attributed to the demo loader or to a person of the directory (tests add some)
        assertThat(jdbc.sql("select count(*) from task where created_by <> ? and created_by not in"
                + " (select username from app_user)").param(DemoDataLoader.ACTOR).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from task where created_by = ?").param(DemoDataLoader.ACTOR)
                .query(Long.class).single()).isPositive();
        // every task owner belongs to the task's agency
        assertThat(jdbc.sql("select count(*) from task t join app_user u on u.username = t.owner_username "
                + "where u.tenant_id <> t.tenant_id").query(Long.class).single()).isZero();
        // every report's sector is covered by the reporting association and eligible for the measure
        assertThat(jdbc.sql("""
                select count(*) from participation_report r
                where not exists (select 1 from association_sector a where a.tenant_id = r.tenant_id and a.sector_id = r.sector_id)
                   or not exists (select 1 from measure_sector m where m.measure_id = r.measure_id and m.sector_id = r.sector_id)
                """).query(Long.class).single()).isZero();
        // audit revisions name who wrote them
        assertThat(jdbc.sql("select count(*) from revinfo where username = ?").param(DemoDataLoader.ACTOR)
                .query(Long.class).single()).isPositive();
    }
}
