package org.policytracker.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policytracker.order.Directive;
import org.policytracker.order.repository.DirectiveRepository;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestOrders;
import org.policytracker.support.TestOrders.TestOrder;
import org.policytracker.task.Task;
import org.policytracker.task.repository.TaskRepository;
import org.policytracker.tenant.TenantTransactions;
import org.policytracker.uptake.repository.ParticipationReportRepository;
import org.policytracker.uptake.PeriodStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An oversight viewer (viewer.congress) tries every kind of write on tasks and participation reports
 * through the data layer that all write paths use: each is refused and the database is unchanged.
 * Program managers still write (the check is by role, not a blanket lock). The task and the report
 * are the class's own, on an order of its own.
 */
@PolicyTrackerTest
class ReadOnlyViewerTest {

    private static long directive;
    private static long cisaTask;
    private static long healthReport;

    @Autowired
    SignedIn signedIn;
    @Autowired
    TaskRepository tasks;
    @Autowired
    ParticipationReportRepository reports;
    @Autowired
    DirectiveRepository directives;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    TenantTransactions tenantTransactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @BeforeAll
    static void createTaskAndReport(@Autowired TestOrders orders, @Autowired Clock clock) {
        TestOrder order = orders.order("READONLY").directive("A", "cisa").measure("M", "A", "healthcare")
                .period("OPEN", PeriodStatus.OPEN).create();
        directive = order.directive("A");
        cisaTask = orders.ownedTask("pm.cisa", directive, "Read-only probe", LocalDate.now(clock).plusMonths(1));
        healthReport = orders.report("reporter.health", order.measure("M"), "healthcare", order.period("OPEN"), 30, 12, 4)
                .id();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void aViewerCannotCreateATask() {
        long before = count("task");
        Directive own = signedIn.as("viewer.congress", () -> transaction.execute(s ->
                directives.findById(directive).orElseThrow()));
        assertThatThrownBy(() -> signedIn.run("viewer.congress", () -> transaction.executeWithoutResult(s ->
                tasks.saveAndFlush(new Task(own, "Viewer's task", "should never be stored", clock.instant())))))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Oversight viewers have read-only access");
        assertThat(count("task")).isEqualTo(before);
    }

    // Even inside a tenant's scope (as a careless write path might set it), the viewer's writes are refused.
    @Test
    void aViewerCannotChangeOrDeleteAnAgencysTask() {
        assertThatThrownBy(() -> signedIn.run("viewer.congress", () -> tenantTransactions.writeAs("cisa", () -> {
            Task task = tasks.findById(cisaTask).orElseThrow();
            task.setOwnerUsername("viewer.congress");
            return tasks.saveAndFlush(task);
        }))).isInstanceOf(AccessDeniedException.class).hasMessageContaining("may not change a Task");
        assertThatThrownBy(() -> signedIn.run("viewer.congress", () -> tenantTransactions.writeAs("cisa", () -> {
            Task task = tasks.findById(cisaTask).orElseThrow();
            tasks.delete(task);
            tasks.flush();
            return task;
        }))).isInstanceOf(AccessDeniedException.class).hasMessageContaining("may not delete a Task");
        assertThat(jdbc.sql("select owner_username from task where id = ?").param(cisaTask).query(String.class).single())
                .isEqualTo("pm.cisa");
    }

    @Test
    void aViewerCannotChangeOrDeleteAParticipationReport() {
        long version = jdbc.sql("select version from participation_report where id = ?").param(healthReport)
                .query(Long.class).single();
        assertThatThrownBy(() -> signedIn.run("viewer.congress", () -> tenantTransactions.writeAs("hospital-assoc",
                () -> {
                    var report = reports.findById(healthReport).orElseThrow();
                    reports.delete(report);
                    reports.flush();
                    return report;
                }))).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("may not delete a ParticipationReport");
        assertThat(jdbc.sql("select version from participation_report where id = ?").param(healthReport)
                .query(Long.class).single()).isEqualTo(version);
    }

    @Test
    void aProgramManagerStillWritesTheirOwnTasks() {
        signedIn.run("pm.cisa", () -> transaction.executeWithoutResult(s -> {
            Task task = tasks.findById(cisaTask).orElseThrow();
            task.setOwnerUsername("pm2.cisa");
            tasks.saveAndFlush(task); // no refusal; rolled back so no other test sees it
            s.setRollbackOnly();
        }));
    }
}
