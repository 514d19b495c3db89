package org.policytracker.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.policytracker.order.Directive;
import org.policytracker.order.DirectiveRepository;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.task.Task;
import org.policytracker.tenant.TenantContext;
import org.policytracker.task.TaskRepository;
import org.policytracker.uptake.ParticipationReportRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An oversight viewer (viewer.congress) tries every kind of write on tasks and participation reports
 * through the data layer that all write paths use: each is refused and the database is unchanged.
 * Program managers still write (the check is by role, not a blanket lock).
 */
@PolicyTrackerTest
class ReadOnlyViewerTest {

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
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void aViewerCannotCreateATask() {
        long before = count("task");
        Directive directive = signedIn.as("viewer.congress", () -> transaction.execute(s -> directives.findAll().getFirst()));
        assertThatThrownBy(() -> signedIn.run("viewer.congress", () -> transaction.executeWithoutResult(s ->
                tasks.saveAndFlush(new Task(directive, "Viewer's task", "should never be stored", clock.instant())))))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Oversight viewers have read-only access");
        assertThat(count("task")).isEqualTo(before);
    }

    // Even inside a tenant's scope (as a careless write path might set it), the viewer's writes are refused.
    @Test
    void aViewerCannotChangeOrDeleteAnAgencysTask() {
        long id = jdbc.sql("select min(id) from task where tenant_id = 'cisa'").query(Long.class).single();
        String owner = jdbc.sql("select owner_username from task where id = ?").param(id).query(String.class).single();
        assertThatThrownBy(() -> signedIn.run("viewer.congress", () -> TenantContext.runAs("cisa",
                () -> transaction.executeWithoutResult(s -> {
                    Task task = tasks.findById(id).orElseThrow();
                    task.setOwnerUsername("viewer.congress");
                    tasks.flush();
                })))).isInstanceOf(AccessDeniedException.class).hasMessageContaining("may not change a Task");
        assertThatThrownBy(() -> signedIn.run("viewer.congress", () -> TenantContext.runAs("cisa",
                () -> transaction.executeWithoutResult(s -> {
                    tasks.delete(tasks.findById(id).orElseThrow());
                    tasks.flush();
                })))).isInstanceOf(AccessDeniedException.class).hasMessageContaining("may not delete a Task");
        assertThat(jdbc.sql("select owner_username from task where id = ?").param(id).query(String.class).single())
                .isEqualTo(owner);
    }

    @Test
    void aViewerCannotChangeOrDeleteAParticipationReport() {
        long id = jdbc.sql("select min(id) from participation_report where tenant_id = 'hospital-assoc'")
                .query(Long.class).single();
        long version = jdbc.sql("select version from participation_report where id = ?").param(id).query(Long.class).single();
        assertThatThrownBy(() -> signedIn.run("viewer.congress", () -> TenantContext.runAs("hospital-assoc",
                () -> transaction.executeWithoutResult(s -> {
                    reports.delete(reports.findById(id).orElseThrow());
                    reports.flush();
                })))).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("may not delete a ParticipationReport");
        assertThat(jdbc.sql("select version from participation_report where id = ?").param(id).query(Long.class).single())
                .isEqualTo(version);
    }

    @Test
    void aProgramManagerStillWritesTheirOwnTasks() {
        long id = jdbc.sql("select min(id) from task where tenant_id = 'cisa'").query(Long.class).single();
        signedIn.run("pm.cisa", () -> transaction.executeWithoutResult(s -> {
            Task task = tasks.findById(id).orElseThrow();
            task.setOwnerUsername("pm2.cisa");
            tasks.saveAndFlush(task); // no refusal; rolled back so no other test sees it
            s.setRollbackOnly();
        }));
    }
}
