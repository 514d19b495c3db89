package org.policytracker.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestOrders;
import org.springframework.beans.factory.annotation.Autowired;

/** Every change of a task is recorded with who, when, the field, before and after. */
@PolicyTrackerTest
class TaskHistoryTest {

    private static long directive;

    @Autowired
    SignedIn signedIn;
    @Autowired
    TaskQueries queries;
    @Autowired
    TaskCommands commands;
    @Autowired
    TaskHistory history;
    @Autowired
    TaskFixtures fixtures;
    @Autowired
    Clock clock;

    @BeforeAll
    static void createOrder(@Autowired TestOrders orders) {
        directive = orders.order("HISTORY").directive("A", "cisa").create().directive("A");
    }

    @Test
    void eachSaveIsRecordedFieldByFieldAndAttributedToItsAuthor() {
        TaskSnapshot created = fixtures.newTask(directive, "pm.cisa", "Audited");
        TaskSnapshot first = signedIn.as("pm.cisa", () -> commands.save(created, TaskFixtures.change(created,
                t -> t.percent(40).status(TaskStatus.IN_PROGRESS))));
        signedIn.as("pm2.cisa", () -> commands.save(first, TaskFixtures.change(first, t -> t.owner("pm2.cisa"))));
        signedIn.as("pm2.cisa", () -> commands.addMilestone(queries.open(first.id()), "Pilot agencies chosen",
                LocalDate.now(clock).plusDays(10)));

        List<TaskHistory.Change> changes = signedIn.as("pm.cisa", () -> history.of(created.id()));
        assertThat(changes).extracting(TaskHistory.Change::username, TaskHistory.Change::field,
                TaskHistory.Change::before, TaskHistory.Change::after).contains(
                        org.assertj.core.groups.Tuple.tuple("pm.cisa", "Task created", "", created.title()),
                        org.assertj.core.groups.Tuple.tuple("pm.cisa", "Percent complete", "0", "40"),
                        org.assertj.core.groups.Tuple.tuple("pm.cisa", "Status", "NOT_STARTED", "IN_PROGRESS"),
                        org.assertj.core.groups.Tuple.tuple("pm2.cisa", "Owner", "", "pm2.cisa"),
                        org.assertj.core.groups.Tuple.tuple("pm2.cisa", "Milestone added", "",
                                "Pilot agencies chosen (open)"));
        assertThat(changes.get(0).at()).as("newest first").isAfterOrEqualTo(changes.get(changes.size() - 1).at());
    }

    @Test
    void anotherAgencyCannotReadTheHistory() {
        TaskSnapshot created = fixtures.newTask(directive, "pm.cisa", "Private history");
        assertThatThrownBy(() -> signedIn.as("pm.treasury", () -> history.of(created.id())))
                .isInstanceOf(TaskNotFoundException.class);
    }
}
