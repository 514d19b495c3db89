package org.policytracker.collab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policytracker.security.DemoUserDirectory;
import org.policytracker.support.ManagementPort;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestOrders;
import org.policytracker.support.TestOrders.TestOrder;
import org.policytracker.task.TaskCommands;
import org.policytracker.task.TaskEdit;
import org.policytracker.task.TaskQueries;
import org.policytracker.task.TaskSnapshot;
import org.policytracker.uptake.PeriodStatus;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The business counters as Prometheus scrapes them from the management port: committed task saves,
 * submitted reports, live updates pushed to open views and their lag from the commit.
 */
@PolicyTrackerTest
class BusinessMetricsTest {

    private static TestOrder order;

    @Autowired
    ManagementPort management;
    @Autowired
    TestOrders orders;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TaskQueries queries;
    @Autowired
    TaskCommands commands;
    @Autowired
    EventBus events;
    @Autowired
    DemoUserDirectory users;
    @Autowired
    Clock clock;

    @BeforeAll
    static void createOrder(@Autowired TestOrders orders) {
        order = orders.order("METRICS").directive("D", "cisa").measure("M", "D", "healthcare")
                .period("OPEN", PeriodStatus.OPEN).create();
    }

    @Test
    void committedSavesSubmittedReportsAndPushedUpdatesAreCounted() throws Exception {
        long taskId = orders.task("pm.cisa", order.directive("D"),
                "Metrics " + UUID.randomUUID().toString().substring(0, 8), LocalDate.now(clock).plusMonths(1));
        TaskSnapshot task = signedIn.as("pm.cisa", () -> queries.open(taskId));
        double saves = management.metric("policytracker_task_saves_total");
        double submitted = management.metric("policytracker_reports_submitted_total");
        double pushed = management.metric("policytracker_push_deliveries_total");
        double lagged = management.metric("policytracker_event_lag_seconds_count");
        var received = new CopyOnWriteArrayList<ChangeEvent>();

        try (AutoCloseable following = events.subscribe(users.find("viewer.congress").orElseThrow(), received::add)) {
            signedIn.as("pm.cisa", () -> commands.save(task, new TaskEdit(task.title(), "metrics", null,
                    task.status(), task.percentComplete(), null, task.dueOn(), null, null)));
            orders.report("reporter.health", order.measure("M"), "healthcare", order.period("OPEN"), 40, 10, 2);
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> received.stream()
                    .anyMatch(event -> event.item().equals(ItemRef.task(taskId))));
        }

        assertThat(management.metric("policytracker_task_saves_total")).isEqualTo(saves + 1);
        assertThat(management.metric("policytracker_reports_submitted_total")).isEqualTo(submitted + 1);
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(management.metric("policytracker_push_deliveries_total")).isGreaterThan(pushed);
            assertThat(management.metric("policytracker_event_lag_seconds_count")).isGreaterThan(lagged);
        });
    }
}
