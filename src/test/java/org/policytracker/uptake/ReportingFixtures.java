package org.policytracker.uptake;

import java.time.LocalDate;
import org.policytracker.audit.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reporting periods of a test's own, so that tests never share a report slot (measure, sector,
 * period) with each other or with the demo data. They lie in 2020 so that no "latest period" of
 * the demo data changes.
 */
@Component
public class ReportingFixtures {

    private final ReportingPeriodRepository periods;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    ReportingFixtures(ReportingPeriodRepository periods, TransactionTemplate transaction, JdbcClient jdbc) {
        this.periods = periods;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    /** A reporting period with this code (at most 16 characters), created if missing. */
    public String period(String code, PeriodStatus status) {
        Actor.callAs("system:test", () -> transaction.execute(s -> periods.findByCode(code).orElseGet(() ->
                periods.save(new ReportingPeriod(code, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 3, 31),
                        LocalDate.of(2020, 4, 30), status)))));
        return code;
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
