package org.policytracker.gap;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Text versions of a test's order and what they did to its directives, written straight into the order
 * import's tables (as the gap read model reads them): the gap module must not use the order import's
 * classes, which sit in a higher layer.
 */
final class OrderVersions {

    private final JdbcClient jdbc;

    OrderVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A version of the order's text (kind DRAFT, SIGNED or AMENDED), dated and imported on the given day. */
    long version(long order, String kind, LocalDate dated) {
        jdbc.sql("""
                INSERT INTO order_text_version (order_id, kind, dated, source, format, text, imported_at, imported_by)
                VALUES (?, ?, ?, 'test fixture', 'PLAIN', 'Sec. 1. Test text.', ?, 'fixture')""")
                .params(order, kind, dated, LocalDateTime.of(dated, java.time.LocalTime.NOON)).update();
        return jdbc.sql("SELECT MAX(id) FROM order_text_version WHERE order_id = ?").param(order).query(Long.class)
                .single();
    }

    /** The version added (ADDED) or changed (CHANGED) the directive. */
    void touched(long version, long directive, String changeKind) {
        jdbc.sql("""
                INSERT INTO directive_version_change (directive_id, order_text_version_id, change_kind, wording_before,
                  wording_after) VALUES (?, ?, ?, ?, 'after')""")
                .params(directive, version, changeKind, "CHANGED".equals(changeKind) ? "before" : null).update();
    }
}
