package org.policytracker.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policytracker.gap.GapMetricsService;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestOrders;
import org.policytracker.support.TestOrders.TestOrder;
import org.policytracker.task.Task;
import org.policytracker.task.repository.TaskRepository;
import org.policytracker.task.TaskRow;
import org.policytracker.task.TaskQueries;
import org.policytracker.uptake.ParticipationReport;
import org.policytracker.uptake.repository.ParticipationReportRepository;
import org.policytracker.uptake.PeriodStatus;
import org.policytracker.uptake.ReportRow;
import org.policytracker.uptake.ReportingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tries to cross tenants through repositories and services: a Treasury program manager against
 * CISA's tasks, one association against another's reports. The class makes each tenant's rows:
 * a task of CISA and one of Treasury, a report of the hospital association and one of the finance
 * association, on an order of its own.
 */
@PolicyTrackerTest
class TenantIsolationTest {

    private static long directive;
    private static long cisaTask;
    private static long treasuryTask;
    private static long healthReport;
    private static long financeReport;

    @Autowired
    SignedIn signedIn;
    @Autowired
    TaskRepository tasks;
    @Autowired
    TaskQueries queries;
    @Autowired
    ParticipationReportRepository reports;
    @Autowired
    ReportingService reportingService;
    @Autowired
    GapMetricsService gapMetrics;
    @Autowired
    CrossTenantReader crossTenant;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    EntityManager entityManager;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @BeforeAll
    static void createTenantsRows(@Autowired TestOrders orders, @Autowired Clock clock) {
        TestOrder order = orders.order("ISOLATION").directive("A", "cisa").measure("M", "A", "healthcare", "finance")
                .period("OPEN", PeriodStatus.OPEN).create();
        directive = order.directive("A");
        LocalDate due = LocalDate.now(clock).plusMonths(1);
        cisaTask = orders.ownedTask("pm.cisa", directive, "Isolation CISA task", due);
        treasuryTask = orders.task("pm.treasury", directive, "Isolation Treasury task", due);
        healthReport = orders.report("reporter.health", order.measure("M"), "healthcare", order.period("OPEN"), 50, 20, 5)
                .id();
        financeReport = orders.report("reporter.finance", order.measure("M"), "finance", order.period("OPEN"), 40, 10, 2)
                .id();
    }

    private long countTasksOf(String tenant) {
        return jdbc.sql("select count(*) from task where tenant_id = ?").param(tenant).query(Long.class).single();
    }

    @Test
    void repositoriesShowOnlyTheSignedInTenantsTasks() {
        List<Task> seen = signedIn.as("pm.treasury", () -> transaction.execute(s -> tasks.findAll()));
        assertThat(seen).hasSize((int) countTasksOf("treasury"))
                .allSatisfy(task -> assertThat(task.getTenantId()).isEqualTo("treasury"));
        assertThat(seen).extracting(Task::getId).contains(treasuryTask).doesNotContain(cisaTask);
    }

    @Test
    void anotherTenantsTaskCannotBeLoadedById() {
        boolean found = signedIn.as("pm.treasury", () -> transaction.execute(s -> tasks.findById(cisaTask).isPresent()));
        assertThat(found).isFalse();
        boolean foundByOwner = signedIn.as("pm.cisa", () -> transaction.execute(s -> tasks.findById(cisaTask).isPresent()));
        assertThat(foundByOwner).isTrue();
    }

    @Test
    void servicesListOnlyTheSignedInTenantsRows() {
        List<TaskRow> treasuryRows = signedIn.as("pm.treasury", () -> queries.myTasks(org.policytracker.task.TaskFilter.NONE));
        List<Long> cisaIds = jdbc.sql("select id from task where tenant_id = 'cisa'").query(Long.class).list();
        assertThat(treasuryRows).extracting(TaskRow::id).contains(treasuryTask).doesNotContainAnyElementsOf(cisaIds);

        List<ReportRow> healthRows = signedIn.as("reporter.health", reportingService::myReports);
        List<Long> financeIds = jdbc.sql("select id from participation_report where tenant_id = 'finance-assoc'")
                .query(Long.class).list();
        assertThat(financeIds).contains(financeReport);
        assertThat(healthRows).extracting(ReportRow::id).contains(healthReport).doesNotContainAnyElementsOf(financeIds);
    }

    @Test
    void anotherTenantsTaskCannotBeChangedThroughTheRepository() {
        String titleBefore = jdbc.sql("select title from task where id = ?").param(cisaTask).query(String.class).single();
        // CISA's own manager loads the entity; a Treasury manager then tries to save that object.
        Task loaded = signedIn.as("pm.cisa", () -> transaction.execute(s -> tasks.findById(cisaTask).orElseThrow()));
        assertThatThrownBy(() -> signedIn.run("pm.treasury", () -> transaction.executeWithoutResult(s -> {
            loaded.setOwnerUsername("pm.treasury");
            tasks.saveAndFlush(loaded);
        }))).isInstanceOf(RuntimeException.class);
        assertThat(jdbc.sql("select owner_username from task where id = ?").param(cisaTask).query(String.class).single())
                .isEqualTo("pm.cisa");
        assertThat(jdbc.sql("select title from task where id = ?").param(cisaTask).query(String.class).single())
                .isEqualTo(titleBefore);
    }

    @Test
    void bulkUpdatesAndDeletesDoNotReachAnotherTenant() {
        // Inside one transaction that is rolled back: the checks see its uncommitted effect.
        signedIn.run("pm.treasury", () -> transaction.executeWithoutResult(s -> {
            int changed = entityManager.createQuery("update Task t set t.title = 'hijacked'").executeUpdate();
            assertThat(changed).isEqualTo((int) countTasksOf("treasury"));
            assertThat(jdbc.sql("select count(*) from task where title = 'hijacked' and tenant_id <> 'treasury'")
                    .query(Long.class).single()).isZero();
            s.setRollbackOnly();
        }));
        signedIn.run("reporter.health", () -> transaction.executeWithoutResult(s -> {
            long financeReports = jdbc.sql("select count(*) from participation_report where tenant_id = 'finance-assoc'")
                    .query(Long.class).single();
            int deleted = entityManager.createQuery("delete from ParticipationReport r where r.tenantId = 'finance-assoc'")
                    .executeUpdate();
            assertThat(deleted).isZero();
            assertThat(jdbc.sql("select count(*) from participation_report where tenant_id = 'finance-assoc'")
                    .query(Long.class).single()).isEqualTo(financeReports).isPositive();
            s.setRollbackOnly();
        }));
    }

    @Test
    void anotherTenantsReportCannotBeLoaded() {
        ParticipationReport seen = signedIn.as("reporter.health",
                () -> transaction.execute(s -> reports.findById(financeReport).orElse(null)));
        assertThat(seen).isNull();
        boolean foundByOwner = signedIn.as("reporter.finance",
                () -> transaction.execute(s -> reports.findById(financeReport).isPresent()));
        assertThat(foundByOwner).isTrue();
    }

    @Test
    void crossTenantReadingIsOnlyForOversightAndAdminsAndIsReadOnly() {
        assertThatThrownBy(() -> signedIn.run("pm.cisa", () -> gapMetrics.tasks(directive, null, LocalDate.now(clock))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.run("reporter.health", () -> crossTenant.read(tasks::findAll)))
                .isInstanceOf(AccessDeniedException.class);

        long allTasks = jdbc.sql("select count(*) from task").query(Long.class).single();
        List<Task> seenByViewer = signedIn.as("viewer.congress", () -> crossTenant.read(tasks::findAll));
        assertThat(seenByViewer).hasSize((int) allTasks).extracting(Task::getId).contains(cisaTask, treasuryTask);

        assertThatThrownBy(() -> signedIn.run("viewer.congress", () -> crossTenant.read(() -> entityManager
                .createQuery("update Task t set t.title = 'viewer wrote' where t.id = :id")
                .setParameter("id", cisaTask).executeUpdate())))
                .isInstanceOf(RuntimeException.class);
        assertThat(jdbc.sql("select count(*) from task where title = 'viewer wrote'").query(Long.class).single()).isZero();
    }

    @Test
    void withNoSignedInUserNoTenantRowIsVisible() {
        assertThat(transaction.execute(s -> tasks.findAll()).isEmpty()).isTrue();
        assertThat(transaction.execute(s -> reports.findAll()).isEmpty()).isTrue();
    }
}
