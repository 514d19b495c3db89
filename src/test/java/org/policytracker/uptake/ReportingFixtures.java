package org.policytracker.uptake;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the database holds of a test's reports: revisions per association and period, and a
 * revision's status. The measures and periods they belong to are the test class's own
 * ({@link org.policytracker.support.TestOrders}), so the counts are the test's alone.
 */
@Component
public class ReportingFixtures {

    private final JdbcClient jdbc;

    ReportingFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long revisions(String tenant, String period) {
        return jdbc.sql("select count(*) from participation_report r join reporting_period p on p.id = r.period_id "
                + "where r.tenant_id = ? and p.code = ?").param(tenant).param(period).query(Long.class).single();
    }

    public String status(String tenant, String measure, String sector, String period, int revision) {
        return jdbc.sql("select r.status from participation_report r join reporting_period p on p.id = r.period_id "
                + "join voluntary_measure m on m.id = r.measure_id where r.tenant_id = ? and m.code = ? "
                + "and r.sector_id = ? and p.code = ? and r.revision = ?")
                .params(tenant, measure, sector, period, revision).query(String.class).single();
    }
}
