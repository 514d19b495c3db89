package org.policytracker.gap.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policytracker.gap.GapFilter;

/** A WHERE clause built from fixed SQL fragments, values always bound as parameters. */
final class Where {

    private final List<String> clauses = new ArrayList<>();
    final Map<String, Object> params = new HashMap<>();

    Where and(String clause) {
        clauses.add(clause);
        return this;
    }

    Where and(String clause, String name, Object value) {
        clauses.add(clause);
        params.put(name, value);
        return this;
    }

    /** The filter's order, directive and order version, on a query that joins {@code directive d}. */
    static Where directives(GapFilter filter) {
        Where where = new Where();
        if (filter.orderId() != null) {
            where.and("d.order_id = :order", "order", filter.orderId());
        }
        if (filter.directiveId() != null) {
            where.and("d.id = :directive", "directive", filter.directiveId());
        }
        if (filter.versionId() != null) {
            where.and("""
                    d.id IN (SELECT c.directive_id FROM directive_version_change c
                    WHERE c.order_text_version_id = :version AND c.change_kind <> 'RETIRED')""",
                    "version", filter.versionId());
        }
        return where;
    }

    /** The filter's order, directive, order version and agency, on a query over {@code task t} that joins {@code directive d}. */
    static Where tasks(GapFilter filter) {
        Where where = directives(filter);
        if (filter.agencyId() != null) {
            where.and("t.tenant_id = :agency", "agency", filter.agencyId());
        }
        return where;
    }

    @Override
    public String toString() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses) + " ";
    }
}
