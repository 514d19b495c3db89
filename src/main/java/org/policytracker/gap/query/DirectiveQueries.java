package org.policytracker.gap.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.policytracker.gap.FilterOptions;
import org.policytracker.gap.FilterOptions.Option;
import org.policytracker.gap.GapFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The gap metrics' reads of directives, tenants and the choices of the dashboard's filters. */
@Component
public class DirectiveQueries {

    private final JdbcClient jdbc;

    DirectiveQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The directives in the filter (its order and directive), by order code and directive code. */
    public List<DirectiveRow> directives(GapFilter filter) {
        Where where = Where.directives(filter);
        return jdbc.sql("""
                SELECT d.id, o.code AS order_code, d.code, d.title, l.name AS lead, d.deadline, d.deadline_basis
                FROM directive d JOIN exec_order o ON o.id = d.order_id JOIN tenant l ON l.id = d.lead_tenant_id
                """ + where + " ORDER BY o.code, d.code")
                .params(where.params)
                .query((rs, n) -> new DirectiveRow(rs.getLong("id"), rs.getString("order_code"), rs.getString("code"),
                        rs.getString("title"), rs.getString("lead"), Rows.localDate(rs, "deadline"),
                        rs.getString("deadline_basis")))
                .list();
    }

    /** Every tenant's name by its id. */
    public Map<String, String> tenantNames() {
        Map<String, String> names = new HashMap<>();
        jdbc.sql("SELECT id, name FROM tenant").query((rs, n) -> names.put(rs.getString(1), rs.getString(2))).list();
        return names;
    }

    /** The choices of the dashboard's filters. */
    public FilterOptions filterOptions() {
        return new FilterOptions(
                jdbc.sql("SELECT id, CONCAT(code, ' ', title) FROM exec_order ORDER BY code").query(DirectiveQueries::option).list(),
                jdbc.sql("""
                        SELECT d.id, CONCAT(o.code, ' ', d.code, ' ', d.title) FROM directive d
                        JOIN exec_order o ON o.id = d.order_id ORDER BY o.code, d.code""").query(DirectiveQueries::option).list(),
                jdbc.sql("SELECT id, name FROM sector ORDER BY name").query(DirectiveQueries::option).list(),
                jdbc.sql("SELECT id, name FROM tenant WHERE kind = 'AGENCY' ORDER BY name").query(DirectiveQueries::option).list(),
                jdbc.sql("SELECT id, code FROM reporting_period ORDER BY starts_on DESC").query(DirectiveQueries::option).list());
    }

    /**
     * The versions of an order's text (draft, signed, amended), oldest first, each with how many directives it
     * added or changed (not those it retired): the choices of the dashboard's version filter. Read from the order
     * import's tables.
     */
    public List<Option> versions(long orderId) {
        return jdbc.sql("""
                SELECT v.id, v.kind, v.dated, COUNT(c.id) AS touched FROM order_text_version v
                LEFT JOIN directive_version_change c ON c.order_text_version_id = v.id AND c.change_kind <> 'RETIRED'
                WHERE v.order_id = :order GROUP BY v.id, v.kind, v.dated ORDER BY v.imported_at, v.id""")
                .param("order", orderId)
                .query((rs, n) -> new Option(rs.getString("id"), versionLabel(rs.getString("kind"),
                        Rows.localDate(rs, "dated"), rs.getInt("touched"))))
                .list();
    }

    private static String versionLabel(String kind, LocalDate dated, int touched) {
        return kind.charAt(0) + kind.substring(1).toLowerCase(Locale.ROOT) + (dated == null ? "" : " of " + dated)
                + " (" + touched + (touched == 1 ? " directive" : " directives") + " added or changed)";
    }

    /**
     * Checks the filter's order version: it must exist and, when the filter names an order, be one of that order's.
     *
     * @throws InvalidFilterException when it does not
     */
    public void checkVersion(GapFilter filter) {
        if (filter.versionId() == null) {
            return;
        }
        Long versionOrder = jdbc.sql("SELECT order_id FROM order_text_version WHERE id = :version")
                .param("version", filter.versionId()).query(Long.class).optional()
                .orElseThrow(() -> new InvalidFilterException("No order version with id " + filter.versionId()));
        if (filter.orderId() != null && !filter.orderId().equals(versionOrder)) {
            throw new InvalidFilterException("Order version " + filter.versionId() + " is a version of another order, "
                    + "not of order " + filter.orderId());
        }
    }

    private static Option option(ResultSet rs, int row) throws SQLException {
        return new Option(rs.getString(1), rs.getString(2));
    }
}
