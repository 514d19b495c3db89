package org.policytracker.orderimport.query;

import java.util.List;
import org.policytracker.order.DirectiveUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A directive imported from an order's text has a version history, which a deletion would lose: such a
 * directive is retired instead.
 */
@Component
class VersionHistoryDirectiveUsage implements DirectiveUsage {

    private final JdbcClient jdbc;

    VersionHistoryDirectiveUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> workOn(long directiveId) {
        long versions = jdbc.sql("SELECT COUNT(*) FROM directive_version_change WHERE directive_id = ?").param(directiveId)
                .query(Long.class).single();
        return DirectiveUsage.counted(versions, "entry in its version history", "entries in its version history");
    }
}
