package org.policytracker.task.query;

import java.util.List;
import org.policytracker.order.DirectiveUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tasks on a directive, of every agency (SQL, so no tenant filter hides another agency's tasks). */
@Component
class TaskDirectiveUsage implements DirectiveUsage {

    private final JdbcClient jdbc;

    TaskDirectiveUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> workOn(long directiveId) {
        long tasks = jdbc.sql("SELECT COUNT(*) FROM task WHERE directive_id = ?").param(directiveId)
                .query(Long.class).single();
        return DirectiveUsage.counted(tasks, "task", "tasks");
    }
}
