package org.policytracker.task;

import org.policytracker.collab.ItemRef;
import org.policytracker.collab.ItemResolver;
import org.policytracker.collab.ItemType;
import org.policytracker.collab.ResolvedItem;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tasks for comments and activity: found as the task pages find them (another agency's task is not found). */
@Component
class TaskItems implements ItemResolver {

    private final TaskQueries tasks;

    TaskItems(TaskQueries tasks) {
        this.tasks = tasks;
    }

    @Override
    public ItemType type() {
        return ItemType.TASK;
    }

    /** Only the task itself: what comments and activity need of it, without the rows' owner names. */
    @Override
    @Transactional(readOnly = true)
    public ResolvedItem find(long id) {
        Task task = tasks.find(id);
        return new ResolvedItem(ItemRef.task(id), task.getTenantId(), task.getDirective().getId(), task.getTitle());
    }

    @Override
    public String route(long id) {
        return "tasks/" + id;
    }
}
