package org.policytracker.task.query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.policytracker.task.DirectiveChangeFlags.DirectiveChangeFlag;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The flags of tasks whose directive changed ({@code task_directive_change}). SQL, so that a change of
 * the order flags the tasks of every agency; reads are by the ids of tasks already read through the
 * tenant filter.
 */
@Repository
public class TaskDirectiveChanges {

    private final JdbcClient jdbc;

    TaskDirectiveChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int flagTasksOf(long directiveId, String versionLabel, String whatChanged, Instant at, String by) {
        return jdbc.sql("INSERT INTO task_directive_change (task_id, version_label, what_changed, flagged_at, flagged_by) "
                + "SELECT id, ?, ?, ?, ? FROM task WHERE directive_id = ?")
                .params(versionLabel, whatChanged, Timestamp.from(at), by, directiveId).update();
    }

    public Map<Long, List<DirectiveChangeFlag>> unseenOf(Collection<Long> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT task_id, version_label, what_changed FROM task_directive_change "
                + "WHERE seen_at IS NULL AND task_id IN (:ids) ORDER BY flagged_at, id").param("ids", taskIds)
                .query((rs, n) -> new DirectiveChangeFlag(rs.getLong(1), rs.getString(2), rs.getString(3))).list()
                .stream().collect(Collectors.groupingBy(DirectiveChangeFlag::taskId, LinkedHashMap::new, Collectors.toList()));
    }

    public void markSeen(long taskId, Instant at, String by) {
        jdbc.sql("UPDATE task_directive_change SET seen_at = ?, seen_by = ? WHERE task_id = ? AND seen_at IS NULL")
                .params(Timestamp.from(at), by, taskId).update();
    }
}
