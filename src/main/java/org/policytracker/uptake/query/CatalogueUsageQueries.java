package org.policytracker.uptake.query;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a measure or a period has participation reports of any association: the tenant filter of
 * the report repository would show an administrator none, so these count across tenants in SQL
 * (a count, no report row leaves the database).
 */
@Component
public class CatalogueUsageQueries {

    private final JdbcClient jdbc;

    CatalogueUsageQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long reportsOfMeasure(long measureId) {
        return jdbc.sql("SELECT COUNT(*) FROM participation_report WHERE measure_id = ?").param(measureId)
                .query(Long.class).single();
    }

    public long reportsInPeriod(long periodId) {
        return jdbc.sql("SELECT COUNT(*) FROM participation_report WHERE period_id = ?").param(periodId)
                .query(Long.class).single();
    }
}
