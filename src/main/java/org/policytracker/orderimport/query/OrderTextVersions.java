package org.policytracker.orderimport.query;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.policytracker.orderimport.OrderTextFormat;
import org.policytracker.orderimport.OrderTextVersion;
import org.policytracker.orderimport.OrderTextVersion.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The stored texts of orders' versions ({@code order_text_version}) and what each did to the directives
 * it added or changed ({@code directive_version_change}), written inside the import's transaction.
 */
@Repository
public class OrderTextVersions {

    private final JdbcClient jdbc;

    OrderTextVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a version's text; returns its id. */
    public long add(long orderId, Kind kind, LocalDate dated, String source, OrderTextFormat format, String text,
            Instant importedAt, String importedBy) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO order_text_version (order_id, kind, dated, source, format, text, imported_at, imported_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(orderId, kind.name(), dated, source, format.name(), text, Timestamp.from(importedAt), importedBy)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** What a version did to a directive ({@code directive_version_change.change_kind}). */
    public enum DirectiveChangeKind {
        ADDED, CHANGED, RETIRED
    }

    /**
     * What a version did to a directive: added it (nothing before), changed its wording or deadline, or
     * retired it (nothing after).
     */
    public record DirectiveChange(long versionId, Kind versionKind, LocalDate versionDated, String source,
            Instant importedAt, DirectiveChangeKind kind, String wordingBefore, String wordingAfter,
            LocalDate deadlineBefore, LocalDate deadlineAfter) {

        public boolean added() {
            return kind == DirectiveChangeKind.ADDED;
        }

        public boolean retired() {
            return kind == DirectiveChangeKind.RETIRED;
        }
    }

    /** The version retired the directive, which read {@code wordingBefore} with {@code deadlineBefore}. */
    public void addRetirement(long directiveId, long versionId, String wordingBefore, LocalDate deadlineBefore) {
        jdbc.sql("INSERT INTO directive_version_change (directive_id, order_text_version_id, change_kind, wording_before, "
                + "deadline_before) VALUES (?, ?, ?, ?, ?)")
                .params(directiveId, versionId, DirectiveChangeKind.RETIRED.name(), wordingBefore, deadlineBefore)
                .update();
    }

    public void addDirectiveChange(long directiveId, long versionId, String wordingBefore, String wordingAfter,
            LocalDate deadlineBefore, LocalDate deadlineAfter) {
        jdbc.sql("INSERT INTO directive_version_change (directive_id, order_text_version_id, change_kind, wording_before, "
                + "wording_after, deadline_before, deadline_after) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(directiveId, versionId, (wordingBefore == null ? DirectiveChangeKind.ADDED
                        : DirectiveChangeKind.CHANGED).name(), wordingBefore, wordingAfter,
                        deadlineBefore, deadlineAfter)
                .update();
    }

    /** The directive's history across versions of its order's text, oldest first. */
    public List<DirectiveChange> changesOf(long directiveId) {
        return jdbc.sql("SELECT v.id, v.kind, v.dated, v.source, v.imported_at, c.change_kind, c.wording_before, c.wording_after, "
                + "c.deadline_before, c.deadline_after FROM directive_version_change c "
                + "JOIN order_text_version v ON v.id = c.order_text_version_id WHERE c.directive_id = ? "
                + "ORDER BY v.imported_at, v.id").param(directiveId)
                .query((rs, n) -> new DirectiveChange(rs.getLong(1), Kind.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getTimestamp(5).toInstant(),
                        DirectiveChangeKind.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8),
                        rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class)))
                .list();
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
