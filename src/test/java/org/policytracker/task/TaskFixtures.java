package org.policytracker.task;

import java.time.LocalDate;
import java.util.UUID;
import org.policytracker.support.SignedIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Fresh tasks for tests that change tasks, so no test depends on another's changes. */
@Component
class TaskFixtures {

    private final SignedIn signedIn;
    private final TaskService tasks;
    private final JdbcClient jdbc;

    TaskFixtures(SignedIn signedIn, TaskService tasks, JdbcClient jdbc) {
        this.signedIn = signedIn;
        this.tasks = tasks;
        this.jdbc = jdbc;
    }

    long directiveId(String code) {
        return jdbc.sql("select id from directive where code = ?").param(code).query(Long.class).single();
    }

    /** A new task of the user's agency on directive D1, opened as the user would open it. */
    TaskSnapshot newTask(String username, String titlePrefix) {
        return signedIn.as(username, () -> {
            long id = tasks.create(directiveId("D1"), titlePrefix + " " + UUID.randomUUID().toString().substring(0, 8),
                    LocalDate.now().plusMonths(2));
            return tasks.open(id);
        });
    }

    static TaskEdit change(TaskSnapshot opened, java.util.function.UnaryOperator<Builder> changes) {
        return changes.apply(new Builder(opened.toEdit())).build();
    }

    /** Changes some values of an edit, leaving the others as they were. */
    static final class Builder {
        private String title;
        private String description;
        private String owner;
        private TaskStatus status;
        private Integer percent;
        private LocalDate startOn;
        private LocalDate dueOn;
        private LocalDate completedOn;
        private String reason;

        Builder(TaskEdit edit) {
            title = edit.title();
            description = edit.description();
            owner = edit.ownerUsername();
            status = edit.status();
            percent = edit.percentComplete();
            startOn = edit.startOn();
            dueOn = edit.dueOn();
            completedOn = edit.completedOn();
            reason = edit.statusReason();
        }

        Builder title(String value) { title = value; return this; }
        Builder owner(String value) { owner = value; return this; }
        Builder status(TaskStatus value) { status = value; return this; }
        Builder percent(Integer value) { percent = value; return this; }
        Builder startOn(LocalDate value) { startOn = value; return this; }
        Builder dueOn(LocalDate value) { dueOn = value; return this; }
        Builder completedOn(LocalDate value) { completedOn = value; return this; }
        Builder reason(String value) { reason = value; return this; }

        TaskEdit build() {
            return new TaskEdit(title, description, owner, status, percent, startOn, dueOn, completedOn, reason);
        }
    }
}
