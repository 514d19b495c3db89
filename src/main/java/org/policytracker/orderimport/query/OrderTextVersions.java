package org.policytracker.orderimport.query;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.policytracker.orderimport.OrderTextFormat;
import org.policytracker.orderimport.OrderTextVersion;
import org.policytracker.orderimport.OrderTextVersion.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored texts of orders' versions ({@code order_text_version}), written inside the import's transaction. */
@Repository
public class OrderTextVersions {

    private final JdbcClient jdbc;

    OrderTextVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(long orderId, Kind kind, LocalDate dated, String source, OrderTextFormat format, String text,
            Instant importedAt, String importedBy) {
        jdbc.sql("INSERT INTO order_text_version (order_id, kind, dated, source, format, text, imported_at, imported_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(orderId, kind.name(), dated, source, format.name(), text, Timestamp.from(importedAt), importedBy)
                .update();
    }

    /** The order's versions, oldest first. */
    public List<OrderTextVersion> of(long orderId) {
        return jdbc.sql("SELECT id, kind, dated, source, format, text, imported_at, imported_by FROM order_text_version "
                + "WHERE order_id = ? ORDER BY imported_at, id").param(orderId)
                .query((rs, n) -> new OrderTextVersion(rs.getLong("id"), Kind.valueOf(rs.getString("kind")),
                        rs.getObject("dated", LocalDate.class), rs.getString("source"),
                        OrderTextFormat.valueOf(rs.getString("format")), rs.getString("text"),
                        rs.getTimestamp("imported_at").toInstant(), rs.getString("imported_by")))
                .list();
    }
}
