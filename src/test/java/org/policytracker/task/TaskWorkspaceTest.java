package org.policytracker.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestOrders;
import org.policytracker.support.TestOrders.TestOrder;
import org.policytracker.timeliness.Timeliness;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The task rules, filters, bulk update and agency boundaries, through the task services as the editor uses them. */
@PolicyTrackerTest
class TaskWorkspaceTest {

    private static TestOrder order;
    private static long directive;

    @Autowired
    SignedIn signedIn;
    @Autowired
    TaskQueries queries;
    @Autowired
    TaskCommands commands;
    @Autowired
    DirectiveProgress directiveProgress;
    @Autowired
    TaskFixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    Timeliness timeliness;

    private LocalDate today;

    @BeforeAll
    static void createOrder(@Autowired TestOrders orders) {
        // directive AGGREGATES carries only the tasks of the aggregates test, PAGED those of the paging test
        order = orders.order("TASKSVC").directive("A", "cisa").directive("AGGREGATES", "cisa")
                .directive("PAGED", "cisa").create();
        directive = order.directive("A");
    }

    @BeforeEach
    void readTheClock() {
        today = LocalDate.now(clock);
    }

    private TaskSnapshot newTask(String titlePrefix) {
        return fixtures.newTask(directive, "pm.cisa", titlePrefix);
    }

    private TaskSnapshot save(String username, TaskSnapshot opened, TaskEdit edit) {
        return signedIn.as(username, () -> commands.save(opened, edit));
    }

    private TaskSnapshot reopen(TaskSnapshot task) {
        return signedIn.as("pm.cisa", () -> queries.open(task.id()));
    }

    @Test
    void percentCompleteOutsideZeroToHundredIsRefusedAndNothingChanges() {
        TaskSnapshot task = newTask("Percent rule");
        for (int wrong : new int[] {-1, 101}) {
            assertThatThrownBy(() -> save("pm.cisa", task, TaskFixtures.change(task, t -> t.percent(wrong))))
                    .isInstanceOfSatisfying(TaskValidationException.class, e -> assertThat(e.fieldErrors())
                            .containsEntry("percentComplete", "Percent complete must be between 0 and 100, not " + wrong));
        }
        assertThat(reopen(task)).isEqualTo(task);
    }

    @Test
    void dueDateBeforeStartDateIsRefused() {
        TaskSnapshot task = newTask("Date rule");
        TaskEdit edit = TaskFixtures.change(task, t -> t.startOn(LocalDate.of(2026, 9, 1)).dueOn(LocalDate.of(2026, 8, 1)));
        assertThatThrownBy(() -> save("pm.cisa", task, edit)).isInstanceOfSatisfying(TaskValidationException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("dueOn",
                        "The due date 2026-08-01 is before the start date 2026-09-01"));
    }

    @Test
    void doneMeansHundredPercentAndSetsTheCompletionDate() {
        TaskSnapshot task = newTask("Done rule");
        TaskSnapshot saved = save("pm.cisa", task, TaskFixtures.change(task, t -> t.status(TaskStatus.DONE).percent(40)));
        assertThat(saved.percentComplete()).isEqualTo(100);
        assertThat(saved.completedOn()).isEqualTo(today);
        TaskSnapshot reopened = save("pm.cisa", saved, TaskFixtures.change(saved, t -> t.status(TaskStatus.IN_PROGRESS)
                .percent(90)));
        assertThat(reopened.completedOn()).as("an open task has no completion date").isNull();
    }

    @Test
    void blockedAndAtRiskNeedAReason() {
        TaskSnapshot task = newTask("Reason rule");
        assertThatThrownBy(() -> save("pm.cisa", task, TaskFixtures.change(task, t -> t.status(TaskStatus.BLOCKED))))
                .isInstanceOfSatisfying(TaskValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("statusReason", "Say why the task is blocked"));
        assertThatThrownBy(() -> save("pm.cisa", task, TaskFixtures.change(task, t -> t.status(TaskStatus.AT_RISK)
                .reason("   ")))).isInstanceOfSatisfying(TaskValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("statusReason", "Say why the task is at risk"));
        TaskSnapshot saved = save("pm.cisa", task, TaskFixtures.change(task, t -> t.status(TaskStatus.AT_RISK)
                .reason("Waiting for the CDM contract award")));
        assertThat(saved.status()).isEqualTo(TaskStatus.AT_RISK);
    }

    @Test
    void theOwnerMustBeAProgramManagerOfTheSameAgency() {
        TaskSnapshot task = newTask("Owner rule");
        assertThatThrownBy(() -> save("pm.cisa", task, TaskFixtures.change(task, t -> t.owner("pm.treasury"))))
                .isInstanceOfSatisfying(TaskValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("ownerUsername"));
        assertThat(save("pm.cisa", task, TaskFixtures.change(task, t -> t.owner("pm2.cisa"))).ownerUsername())
                .isEqualTo("pm2.cisa");
        // CISA's program managers (other tests may have invited more), nobody of another agency or role
        assertThat(signedIn.as("pm.cisa", queries::possibleOwners)).extracting(TaskQueries.Owner::username)
                .contains("pm.cisa", "pm2.cisa").doesNotContain("pm.treasury", "pm.dhs", "viewer.congress", "admin");
    }

    @Test
    void onlyProgramManagersWriteTasks() {
        TaskSnapshot task = newTask("Viewer write");
        for (String reader : List.of("viewer.congress", "admin", "reporter.health")) {
            assertThatThrownBy(() -> save(reader, task, TaskFixtures.change(task, t -> t.percent(50))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> signedIn.as("viewer.congress", () -> commands.addProgressUpdate(task, today,
                "viewer note"))).isInstanceOf(AccessDeniedException.class);
        assertThat(reopen(task)).isEqualTo(task);
    }

    @Test
    void aTreasuryManagerCannotOpenOrSaveACisaTask() {
        TaskSnapshot cisaTask = newTask("Cross-agency");
        assertThatThrownBy(() -> signedIn.as("pm.treasury", () -> queries.open(cisaTask.id())))
                .isInstanceOf(TaskNotFoundException.class);
        assertThatThrownBy(() -> save("pm.treasury", cisaTask, TaskFixtures.change(cisaTask, t -> t.percent(99))))
                .isInstanceOf(TaskNotFoundException.class);
        assertThatThrownBy(() -> signedIn.as("pm.treasury", () -> commands.addEvidenceLink(cisaTask, "x",
                "https://example.org"))).isInstanceOf(TaskNotFoundException.class);
        assertThatThrownBy(() -> signedIn.as("pm.treasury", () -> commands.bulkUpdate(List.of(cisaTask.id()),
                new TaskCommands.BulkChange(TaskStatus.IN_PROGRESS, null, null, null))))
                .isInstanceOf(TaskNotFoundException.class);
        assertThat(reopen(cisaTask)).isEqualTo(cisaTask);
    }

    @Test
    void filtersNarrowTheGridAndSurviveTheUrl() {
        TaskSnapshot task = newTask("Filterable zebra");
        save("pm.cisa", task, TaskFixtures.change(task, t -> t.status(TaskStatus.BLOCKED).reason("vendor")
                .owner("pm2.cisa").dueOn(today.minusDays(3))));
        TaskFilter filter = TaskFilter.NONE.withText("zebra").withStatuses(Set.of(TaskStatus.BLOCKED))
                .withOwner("pm2.cisa").withOverdueOnly(true).withDirective(directive)
                .withDueWindow(today.minusDays(10), today);
        assertThat(TaskFilter.fromQueryParameters(filter.toQueryParameters())).isEqualTo(filter);

        List<TaskRow> rows = signedIn.as("pm.cisa", () -> queries.myTasks(filter));
        assertThat(rows).extracting(TaskRow::id).contains(task.id());
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.title()).containsIgnoringCase("zebra");
            assertThat(row.status()).isEqualTo(TaskStatus.BLOCKED);
            assertThat(row.overdue()).isTrue();
            assertThat(row.ownerName()).isEqualTo("Jordan Reyes");
        });
        assertThat(signedIn.as("pm.cisa", () -> queries.myTasks(filter.withStatuses(Set.of(TaskStatus.DONE)))))
                .extracting(TaskRow::id).doesNotContain(task.id());
        assertThat(signedIn.as("pm.treasury", () -> queries.myTasks(TaskFilter.NONE.withText("zebra")))).isEmpty();
    }

    @Test
    void theListIsReadAPageAtATimeSortedAndCountedByTheDatabase() {
        TaskFilter paged = TaskFilter.NONE.withDirective(order.directive("PAGED"));
        Map<TaskStatus, TaskSnapshot> byStatus = new java.util.EnumMap<>(TaskStatus.class);
        // saved out of workflow order, with due dates that order them differently again
        for (TaskStatus status : List.of(TaskStatus.DONE, TaskStatus.BLOCKED, TaskStatus.NOT_STARTED,
                TaskStatus.AT_RISK, TaskStatus.IN_PROGRESS)) {
            TaskSnapshot task = fixtures.newTask(order.directive("PAGED"), "pm.cisa", "Paged " + status);
            LocalDate due = status == TaskStatus.IN_PROGRESS ? null : today.plusDays(status.ordinal() - 3L);
            byStatus.put(status, save("pm.cisa", task, TaskFixtures.change(task, t -> t.status(status)
                    .reason(status == TaskStatus.BLOCKED || status == TaskStatus.AT_RISK ? "waiting" : null)
                    .startOn(today.minusDays(10)).owner(status == TaskStatus.AT_RISK ? "pm2.cisa" : "pm.cisa").dueOn(due))));
        }

        TaskQueries.TaskCounts counts = signedIn.as("pm.cisa", () -> queries.countMyTasks(paged));
        assertThat(counts.tasks()).isEqualTo(5);
        assertThat(counts.overdue()).as("open and due before today: the not-started and the at-risk task")
                .isEqualTo(2);

        List<TaskStatus> inWorkflowOrder = new java.util.ArrayList<>();
        for (int page = 0; page < 3; page++) {
            var request = org.springframework.data.domain.PageRequest.of(page, 2,
                    org.springframework.data.domain.Sort.by("status"));
            signedIn.as("pm.cisa", () -> queries.myTasks(paged, request)).forEach(row -> inWorkflowOrder.add(row.status()));
        }
        assertThat(inWorkflowOrder).containsExactly(TaskStatus.values());

        var firstTwoByDue = org.springframework.data.domain.PageRequest.of(0, 2);
        assertThat(signedIn.as("pm.cisa", () -> queries.myTasks(paged, firstTwoByDue))).extracting(TaskRow::id)
                .containsExactly(byStatus.get(TaskStatus.NOT_STARTED).id(), byStatus.get(TaskStatus.AT_RISK).id());
        assertThat(signedIn.as("pm.cisa", () -> queries.myTasks(paged))).extracting(TaskRow::status)
                .as("undated last").endsWith(TaskStatus.IN_PROGRESS);

        var byOwnerDescending = org.springframework.data.domain.PageRequest.of(0, 1,
                org.springframework.data.domain.Sort.by("owner").descending());
        String first = signedIn.as("pm.cisa", () -> queries.myTasks(paged, byOwnerDescending)).getFirst().ownerName();
        assertThat(signedIn.as("pm.cisa", () -> queries.myTasks(paged))).extracting(TaskRow::ownerName)
                .allSatisfy(name -> assertThat(name).isLessThanOrEqualTo(first));

        var unknown = org.springframework.data.domain.PageRequest.of(0, 2,
                org.springframework.data.domain.Sort.by("description"));
        assertThatThrownBy(() -> signedIn.as("pm.cisa", () -> queries.myTasks(paged, unknown)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be sorted by description");
    }

    @Test
    void staleTasksAreThoseWithoutAnUpdateForThirtyDays() {
        TaskSnapshot task = newTask("Stale check");
        // 31 days before the clock's now, written as Hibernate writes instants (hibernate.jdbc.time_zone=UTC)
        LocalDateTime monthAgo = LocalDateTime.ofInstant(clock.instant().minus(timeliness.staleAfter().plusDays(1)),
                ZoneOffset.UTC);
        jdbc.sql("update task set last_activity_at = ? where id = ?").params(monthAgo, task.id()).update();
        List<TaskRow> stale = signedIn.as("pm.cisa", () -> queries.myTasks(TaskFilter.NONE.withStaleOnly(true)));
        assertThat(stale).extracting(TaskRow::id).contains(task.id());
        assertThat(stale).allSatisfy(row -> assertThat(row.stale()).isTrue());
    }

    @Test
    void bulkUpdateSavesAllSelectedTasksOrNone() {
        TaskSnapshot first = newTask("Bulk one");
        TaskSnapshot second = newTask("Bulk two");
        save("pm.cisa", second, TaskFixtures.change(second, t -> t.startOn(today.plusMonths(1))));

        LocalDate tooEarly = today.plusDays(5);
        assertThatThrownBy(() -> signedIn.as("pm.cisa", () -> commands.bulkUpdate(List.of(first.id(), second.id()),
                new TaskCommands.BulkChange(TaskStatus.IN_PROGRESS, null, "pm2.cisa", tooEarly))))
                .isInstanceOf(TaskValidationException.class).hasMessageContaining(second.title());
        assertThat(reopen(first)).as("the valid task was not changed either").isEqualTo(first);

        int updated = signedIn.as("pm.cisa", () -> commands.bulkUpdate(List.of(first.id(), second.id()),
                new TaskCommands.BulkChange(TaskStatus.AT_RISK, "Budget hold", "pm2.cisa", null)));
        assertThat(updated).isEqualTo(2);
        for (TaskSnapshot task : List.of(first, second)) {
            TaskSnapshot now = reopen(task);
            assertThat(now.status()).isEqualTo(TaskStatus.AT_RISK);
            assertThat(now.statusReason()).isEqualTo("Budget hold");
            assertThat(now.ownerUsername()).isEqualTo("pm2.cisa");
        }
    }

    @Test
    void progressUpdatesAndEvidenceAreAppendedAndCheckedAndKeepTheEditorsBaseline() {
        TaskSnapshot task = newTask("Appends");
        assertThatThrownBy(() -> signedIn.as("pm.cisa", () -> commands.addEvidenceLink(task, "memo", "javascript:alert(1)")))
                .isInstanceOfSatisfying(TaskValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("url"));
        assertThatThrownBy(() -> signedIn.as("pm.cisa", () -> commands.addProgressUpdate(task, today.plusDays(1),
                "from the future"))).isInstanceOf(TaskValidationException.class);
        TaskSnapshot afterUpdate = signedIn.as("pm.cisa", () -> commands.addProgressUpdate(task, today,
                "Kick-off held with CDM integrators"));
        TaskSnapshot afterLink = signedIn.as("pm.cisa", () -> commands.addEvidenceLink(afterUpdate, "Kick-off minutes",
                "https://www.cisa.gov/example"));
        assertThat(afterLink.version()).isGreaterThan(task.version());
        // The editor's own appends move its baseline, so its next save is not a conflict.
        assertThat(save("pm.cisa", afterLink, TaskFixtures.change(afterLink, t -> t.percent(10))).percentComplete())
                .isEqualTo(10);
        TaskQueries.TaskDetails stored = signedIn.as("pm.cisa", () -> queries.detailsToEdit(task.id()));
        assertThat(stored.progressUpdates()).extracting(TaskProgressUpdate::getNarrative)
                .containsExactly("Kick-off held with CDM integrators");
        assertThat(stored.evidence()).extracting(TaskEvidenceLink::getAddedBy).containsExactly("pm.cisa");
    }

    @Test
    void otherAgenciesProgressIsSeenOnlyAsAggregates() {
        long ownDirective = order.directive("AGGREGATES");
        TaskSnapshot quarter = fixtures.newTask(ownDirective, "pm.cisa", "Aggregate one");
        save("pm.cisa", quarter, TaskFixtures.change(quarter, t -> t.status(TaskStatus.IN_PROGRESS).percent(25)));
        TaskSnapshot done = fixtures.newTask(ownDirective, "pm.cisa", "Aggregate two");
        save("pm.cisa", done, TaskFixtures.change(done, t -> t.status(TaskStatus.DONE)));
        TaskSnapshot treasury = fixtures.newTask(ownDirective, "pm.treasury", "Aggregate three");

        List<DirectiveProgress.AgencyProgress> progress = signedIn.as("pm.treasury", () -> directiveProgress.progressByAgency(ownDirective));
        assertThat(progress).extracting(DirectiveProgress.AgencyProgress::agencyId).containsExactlyInAnyOrder("cisa", "treasury");
        assertThat(progress).filteredOn(p -> p.agencyId().equals("cisa")).singleElement().satisfies(cisa -> {
            assertThat(cisa.taskCount()).isEqualTo(2);
            assertThat(cisa.meanPercent()).isEqualTo(62.5);
            assertThat(cisa.countByStatus()).isEqualTo(Map.of(TaskStatus.IN_PROGRESS, 1L, TaskStatus.DONE, 1L));
        });
        assertThat(signedIn.as("pm.treasury", () -> directiveProgress.tasksOfDirective(ownDirective)))
                .extracting(TaskRow::id).containsExactly(treasury.id());
        assertThat(signedIn.as("viewer.congress", () -> directiveProgress.tasksOfDirective(ownDirective)))
                .extracting(TaskRow::id).containsExactlyInAnyOrder(quarter.id(), done.id(), treasury.id());
    }

    @Test
    void csvExportNeutralisesCellsThatASpreadsheetWouldRunAsFormulas() {
        TaskSnapshot task = newTask("Export");
        save("pm.cisa", task, TaskFixtures.change(task, t -> t.title("=HYPERLINK(\"http://evil.example\",\"x\")")));
        String csv = new String(signedIn.as("pm.cisa", () -> queries.exportCsv(TaskFilter.NONE.withText("evil.example"))),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFOrder,Directive,Task,Status");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"");
        assertThat(csv).doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK");
    }

    @Test
    void csvExportSpeaksInWordsAndDatesWithATimeZone() {
        TaskSnapshot task = newTask("Readable export");
        save("pm.cisa", task, TaskFixtures.change(task, t -> t.status(TaskStatus.IN_PROGRESS)));
        String csv = new String(signedIn.as("pm.cisa", () -> queries.exportCsv(TaskFilter.NONE.withText(task.title()))),
                StandardCharsets.UTF_8);
        String row = csv.lines().skip(1).findFirst().orElseThrow();
        assertThat(row).contains(",In progress,").doesNotContain("IN_PROGRESS")
                .containsPattern(",\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC$");
    }
}
