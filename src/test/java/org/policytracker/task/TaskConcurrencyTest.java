package org.policytracker.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestOrders;
import org.springframework.beans.factory.annotation.Autowired;

/** Two managers who opened the same task save at the same moment: one wins, the other is told. */
@PolicyTrackerTest
class TaskConcurrencyTest {

    private static long directive;

    @Autowired
    SignedIn signedIn;
    @Autowired
    TaskQueries queries;
    @Autowired
    TaskCommands commands;
    @Autowired
    TaskFixtures fixtures;

    @BeforeAll
    static void createOrder(@Autowired TestOrders orders) {
        directive = orders.order("RACE").directive("A", "cisa").create().directive("A");
    }

    @Test
    void ofTwoRacingSavesExactlyOneWinsAndTheOtherGetsTheConflictWithWhatChanged() throws Exception {
        for (int round = 0; round < 5; round++) {
            TaskSnapshot opened = fixtures.newTask(directive, "pm.cisa", "Race " + round);
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Object>> saves = List.of(
                    racingSave(start, "pm.cisa", opened, TaskFixtures.change(opened, t -> t.percent(30))),
                    racingSave(start, "pm2.cisa", opened, TaskFixtures.change(opened, t -> t.percent(70))));
            List<Object> outcomes = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
                List<Future<Object>> futures = saves.stream().map(pool::submit).toList();
                start.countDown();
                for (Future<Object> future : futures) {
                    outcomes.add(future.get());
                }
            }
            List<TaskSnapshot> won = outcomes.stream().filter(TaskSnapshot.class::isInstance)
                    .map(TaskSnapshot.class::cast).toList();
            List<TaskConflictException> refused = outcomes.stream().filter(TaskConflictException.class::isInstance)
                    .map(TaskConflictException.class::cast).toList();
            assertThat(won).hasSize(1);
            assertThat(refused).hasSize(1);
            TaskSnapshot stored = signedIn.as("pm.cisa", () -> queries.open(opened.id()));
            assertThat(stored.percentComplete()).isEqualTo(won.get(0).percentComplete());
            assertThat(refused.get(0).current().updatedBy()).isEqualTo(won.get(0).updatedBy());
            assertThat(refused.get(0).changes()).containsExactly(
                    new TaskSnapshot.FieldChange("Percent complete", "0", String.valueOf(stored.percentComplete())));
        }
    }

    @Test
    void aSaveOverAnOlderOpenedVersionIsRefusedNotOverwritten() {
        TaskSnapshot opened = fixtures.newTask(directive, "pm.cisa", "Stale editor");
        signedIn.as("pm2.cisa", () -> commands.save(opened, TaskFixtures.change(opened, t -> t.title(opened.title() + " v2"))));
        Object outcome;
        try {
            outcome = signedIn.as("pm.cisa", () -> commands.save(opened, TaskFixtures.change(opened, t -> t.percent(55))));
        } catch (TaskConflictException conflict) {
            outcome = conflict;
        }
        assertThat(outcome).isInstanceOfSatisfying(TaskConflictException.class, conflict -> {
            assertThat(conflict.getMessage()).contains("changed by pm2.cisa");
            assertThat(conflict.changes()).extracting(TaskSnapshot.FieldChange::field).containsExactly("Title");
        });
        TaskSnapshot stored = signedIn.as("pm.cisa", () -> queries.open(opened.id()));
        assertThat(stored.title()).endsWith(" v2");
        assertThat(stored.percentComplete()).isZero();
    }

    private Callable<Object> racingSave(CountDownLatch start, String username, TaskSnapshot opened, TaskEdit edit) {
        return () -> {
            start.await();
            try {
                return signedIn.as(username, () -> commands.save(opened, edit));
            } catch (TaskConflictException conflict) {
                return conflict;
            }
        };
    }
}
