package org.policytracker.task;

import org.policytracker.collab.ItemRef;
import org.policytracker.collab.ItemResolver;
import org.policytracker.collab.ItemType;
import org.policytracker.collab.ResolvedItem;
import org.springframework.stereotype.Component;

/** Tasks for comments and activity: found as the task pages find them (another agency's task is not found). */
@Component
class TaskItems implements ItemResolver {

    private final TaskService tasks;

    TaskItems(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public ItemType type() {
        return ItemType.TASK;
    }

    @Override
    public ResolvedItem find(long id) {
        TaskRow task = tasks.row(id);
        return new ResolvedItem(ItemRef.task(id), task.agency(), task.directiveId(), task.title());
    }
}
