package org.policytracker.uptake.query;

import java.util.ArrayList;
import java.util.List;
import org.policytracker.order.DirectiveUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The voluntary measures of a directive and every association's reports on them (SQL: across all tenants). */
@Component
class UptakeDirectiveUsage implements DirectiveUsage {

    private final JdbcClient jdbc;

    UptakeDirectiveUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> workOn(long directiveId) {
        long measures = jdbc.sql("SELECT COUNT(*) FROM voluntary_measure WHERE directive_id = ?").param(directiveId)
                .query(Long.class).single();
        long reports = jdbc.sql("""
                SELECT COUNT(*) FROM participation_report r JOIN voluntary_measure m ON m.id = r.measure_id
                WHERE m.directive_id = ?""").param(directiveId).query(Long.class).single();
        List<String> work = new ArrayList<>(DirectiveUsage.counted(measures, "measure", "measures"));
        work.addAll(DirectiveUsage.counted(reports, "report", "reports"));
        return work;
    }
}
