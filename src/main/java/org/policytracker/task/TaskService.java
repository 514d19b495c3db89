package org.policytracker.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Agency tasks of the signed-in user's tenant. */
@Service
public class TaskService {

    private final TaskRepository tasks;
    private final Clock clock;

    TaskService(TaskRepository tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TaskRow> myTasks() {
        LocalDate today = LocalDate.now(clock);
        return tasks.findAllForListing().stream().map(task -> new TaskRow(task.getId(),
                task.getDirective().getOrder().getCode(), task.getDirective().getCode(),
                task.getDirective().getTitle(), task.getTitle(), task.getStatus(), task.getPercentComplete(),
                task.getDueOn(), task.getOwnerUsername(),
                task.getStatus() != TaskStatus.DONE && task.getDueOn() != null && task.getDueOn().isBefore(today)))
                .toList();
    }
}
