package org.policytracker.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestOrders;
import org.springframework.stereotype.Component;

/**
 * Fresh tasks for tests that change tasks, so no test depends on another's changes: each on a
 * directive of the test class's own order ({@link TestOrders}).
 */
@Component
class TaskFixtures {

    private final SignedIn signedIn;
    private final TaskQueries queries;
    private final TestOrders orders;
    private final Clock clock;

    TaskFixtures(SignedIn signedIn, TaskQueries queries, TestOrders orders, Clock clock) {
        this.signedIn = signedIn;
        this.queries = queries;
        this.orders = orders;
        this.clock = clock;
    }

    /** A new task of the user's agency on the directive, due in two months, opened as the user would open it. */
    TaskSnapshot newTask(long directive, String username, String titlePrefix) {
        long id = orders.task(username, directive, titlePrefix + " " + UUID.randomUUID().toString().substring(0, 8),
                LocalDate.now(clock).plusMonths(2));
        return signedIn.as(username, () -> queries.open(id));
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
