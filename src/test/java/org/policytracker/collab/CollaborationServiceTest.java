package org.policytracker.collab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policytracker.security.DemoUserDirectory;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestOrders;
import org.policytracker.support.TestOrders.TestOrder;
import org.policytracker.uptake.PeriodStatus;
import org.policytracker.task.TaskQueries;
import org.policytracker.task.TaskCommands;
import org.policytracker.uptake.ReportReviewService;
import org.policytracker.uptake.ReportRow;
import org.policytracker.uptake.ReportStatus;
import org.policytracker.task.TaskSnapshot;
import org.policytracker.task.TaskStatus;
import org.policytracker.task.TaskEdit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Mentions only of people who may see the item, notifications to them alone, events only to the allowed. */
@PolicyTrackerTest
class CollaborationServiceTest {

    private static TestOrder order;

    @Autowired
    SignedIn signedIn;
    @Autowired
    TaskQueries queries;
    @Autowired
    TaskCommands commands;
    @Autowired
    CommentService comments;
    @Autowired
    NotificationService notifications;
    @Autowired
    ActivityService activity;
    @Autowired
    EventBus events;
    @Autowired
    DemoUserDirectory users;
    @Autowired
    TestOrders orders;
    @Autowired
    ReportReviewService review;
    @Autowired
    Clock clock;

    @BeforeAll
    static void createOrder(@Autowired TestOrders orders) {
        // CISA's tasks on directive TASKS; healthcare reports on a measure of directive REPORTS, which DHS leads
        order = orders.order("COLLAB").directive("TASKS", "cisa").directive("REPORTS", "dhs")
                .measure("M", "REPORTS", "healthcare").period("OPEN", PeriodStatus.OPEN).create();
    }

    private TaskSnapshot newCisaTask() {
        long id = orders.task("pm.cisa", order.directive("TASKS"), "Collab " + UUID.randomUUID().toString().substring(0, 8),
                LocalDate.now(clock).plusMonths(1));
        return signedIn.as("pm.cisa", () -> queries.open(id));
    }

    /** A healthcare report, owned by the hospital association and reviewed by DHS. */
    private ReportRow newHealthReport() {
        return orders.report("reporter.health", order.measure("M"), "healthcare", order.period("OPEN"), 50, 20, 5);
    }

    private long unread(String username) {
        return signedIn.as(username, notifications::unreadCount);
    }

    @Test
    void onlyPeopleWhoMaySeeATaskCanBeMentionedAndARefusedCommentChangesNothing() {
        TaskSnapshot task = newCisaTask();
        ItemRef item = ItemRef.task(task.id());
        assertThat(signedIn.as("pm.cisa", () -> comments.mentionable(item))).extracting(CommentService.Mentionable::username)
                .contains("pm.cisa", "pm2.cisa", "viewer.congress", "admin").doesNotContain("pm.treasury", "reporter.health");

        long treasuryUnread = unread("pm.treasury");
        assertThatThrownBy(() -> signedIn.as("pm.cisa", () -> comments.post(item, "@pm2.cisa and @pm.treasury look")))
                .isInstanceOf(CommentRefusedException.class).hasMessageContaining("@pm.treasury cannot see this task");
        assertThat(signedIn.as("pm.cisa", () -> comments.comments(item))).isEmpty();
        assertThat(unread("pm.treasury")).isEqualTo(treasuryUnread);
        assertThatThrownBy(() -> signedIn.as("pm.treasury", () -> comments.comments(item)))
                .isInstanceOf(org.policytracker.task.TaskNotFoundException.class);
    }

    @Test
    void activityLinesAndNotificationsLinkToThePageOfTheirItemKind() {
        TaskSnapshot task = newCisaTask();
        ReportRow report = newHealthReport();
        long directive = order.directive("TASKS");
        assertThat(activity.addressOf(ItemRef.task(task.id()))).isEqualTo("tasks/" + task.id());
        assertThat(activity.addressOf(ItemRef.directive(directive))).isEqualTo("directives/" + directive);
        assertThat(notifications.addressOf(ItemRef.report(report.id()))).isEqualTo("reports/" + report.id());
    }

    @Test
    void aMentionedUserIsNotifiedAndCanMarkItRead() {
        TaskSnapshot task = newCisaTask();
        long before = unread("pm2.cisa");
        signedIn.as("pm.cisa", () -> comments.post(ItemRef.task(task.id()),
                "<b>@pm2.cisa</b> can you confirm the CDM dates?"));
        assertThat(unread("pm2.cisa")).isEqualTo(before + 1);
        Notification latest = signedIn.as("pm2.cisa", notifications::latest).get(0);
        assertThat(latest.getMessage()).isEqualTo("Casey Morgan mentioned you on \"" + task.title() + "\"");
        assertThat(latest.getItem()).isEqualTo(ItemRef.task(task.id()));
        assertThat(signedIn.as("pm.cisa", () -> comments.comments(ItemRef.task(task.id()))))
                .extracting(ItemComment::getBody).containsExactly("<b>@pm2.cisa</b> can you confirm the CDM dates?");

        signedIn.as("pm.cisa", () -> {
            notifications.markRead(latest.getId());
            return null;
        });
        assertThat(unread("pm2.cisa")).as("nobody marks someone else's notification").isEqualTo(before + 1);
        signedIn.run("pm2.cisa", notifications::markAllRead);
        assertThat(unread("pm2.cisa")).isZero();
    }

    @Test
    void aSavedTaskReachesSubscribersOfItsAgencyAndOversightButNoOtherAgency() {
        TaskSnapshot task = newCisaTask();
        List<ChangeEvent> colleague = new CopyOnWriteArrayList<>();
        List<ChangeEvent> viewer = new CopyOnWriteArrayList<>();
        List<ChangeEvent> otherAgency = new CopyOnWriteArrayList<>();
        try (AutoCloseable a = events.subscribe(users.find("pm2.cisa").orElseThrow(), colleague::add);
                AutoCloseable b = events.subscribe(users.find("viewer.congress").orElseThrow(), viewer::add);
                AutoCloseable c = events.subscribe(users.find("pm.treasury").orElseThrow(), otherAgency::add)) {
            signedIn.as("pm.cisa", () -> commands.save(task, new TaskEdit(task.title(), null, null, TaskStatus.IN_PROGRESS,
                    35, null, task.dueOn(), null, null)));
            Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> colleague.stream()
                    .anyMatch(event -> event.item().equals(ItemRef.task(task.id()))));
            Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> viewer.stream()
                    .anyMatch(event -> event.item().equals(ItemRef.task(task.id()))));
            Thread.sleep(300);
            assertThat(otherAgency).noneMatch(event -> event.item().equals(ItemRef.task(task.id())));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(colleague).filteredOn(event -> event.item().equals(ItemRef.task(task.id())))
                .first().satisfies(event -> {
                    assertThat(event.kind()).isEqualTo(ChangeEvent.Kind.UPDATED);
                    assertThat(event.actor()).isEqualTo("pm.cisa");
                    assertThat(event.summary()).contains("Percent complete \"0\" → \"35\"");
                });
        assertThat(signedIn.as("pm2.cisa", activity::feed)).anySatisfy(line -> {
            assertThat(line.getItem()).isEqualTo(ItemRef.task(task.id()));
            assertThat(line.getActor()).isEqualTo("pm.cisa");
        });
        assertThat(signedIn.as("pm.treasury", activity::feed)).noneMatch(line -> line.getItem().equals(ItemRef.task(task.id())));
    }

    @Test
    void aSevenHundredCharacterDescriptionReachesTheFeedAndAColleaguesLiveViewWithAShortenedSummary() throws Exception {
        TaskSnapshot task = newCisaTask();
        String description = "Long description. ".repeat(40).substring(0, 700);
        List<ChangeEvent> colleague = new CopyOnWriteArrayList<>();
        try (AutoCloseable a = events.subscribe(users.find("pm2.cisa").orElseThrow(), colleague::add)) {
            signedIn.as("pm.cisa", () -> commands.save(task, new TaskEdit(task.title(), description, null,
                    task.status(), task.percentComplete(), null, task.dueOn(), null, null)));
            Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> colleague.stream()
                    .anyMatch(event -> event.item().equals(ItemRef.task(task.id()))));
        }
        assertThat(signedIn.as("pm.cisa", () -> queries.open(task.id())).description()).isEqualTo(description);
        assertThat(signedIn.as("pm2.cisa", activity::feed)).filteredOn(line -> line.getItem().equals(ItemRef.task(task.id()))
                        && line.getSummary().startsWith("changed Description"))
                .singleElement().satisfies(line -> {
                    assertThat(line.getSummary()).hasSize(500).endsWith("…");
                    assertThat(line.getActor()).isEqualTo("pm.cisa");
                });
    }
    @Test
    void mentionsAreUsernamesAfterAnAtSignNotEmailAddresses() {
        assertThat(CommentService.mentions("@pm2.cisa, please ask @viewer.congress. Mail x@example.org"))
                .containsExactly("pm2.cisa", "viewer.congress");
    }

    @Test
    void aReportIsDiscussedByItsAssociationAndTheReviewingAgencyOnly() {
        ItemRef item = ItemRef.report(orders.report("reporter.health", order.measure("M"), "healthcare",
                order.period("OPEN"), 120, 30, 10).id());
        String reviewer = "pm.dhs"; // DHS leads the measure's directive
        String outsider = "pm.treasury";

        assertThat(signedIn.as("reporter.health", () -> comments.mentionable(item)))
                .extracting(CommentService.Mentionable::username)
                .contains("reporter.health", reviewer, "viewer.congress").doesNotContain(outsider, "reporter.finance");
        long before = unread(reviewer);
        signedIn.as("reporter.health", () -> comments.post(item, "@" + reviewer + " the verified count is final"));
        assertThat(unread(reviewer)).isEqualTo(before + 1);
        assertThat(signedIn.as(reviewer, () -> comments.comments(item))).extracting(ItemComment::getBody)
                .contains("@" + reviewer + " the verified count is final");
        assertThat(signedIn.as("viewer.congress", () -> comments.post(item, "Noted for the hearing")).getAuthor())
                .as("oversight viewers write their own comments").isEqualTo("viewer.congress");
        for (String stranger : List.of(outsider, "reporter.finance")) {
            assertThatThrownBy(() -> signedIn.as(stranger, () -> comments.comments(item)))
                    .isInstanceOf(ItemNotFoundException.class);
        }
    }

    // The access policy (ItemPolicy) tried through each door that asks it: discussion, comments, review, live updates.
    @Test
    void anotherTenantsUserFindsNeitherAReportNorItsCommentsNorDecidesOnIt() {
        ReportRow report = newHealthReport();
        assertThat(signedIn.as("pm.treasury", () -> review.subject(report.id()))).isEmpty();
        assertThatThrownBy(() -> signedIn.as("pm.treasury", () -> comments.comments(ItemRef.report(report.id()))))
                .isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> signedIn.as("pm.treasury", () -> review.accept(report.id(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as("pm.dhs", () -> review.subject(report.id()))).isPresent();
    }

    @Test
    void anOversightViewerReadsAReportButCannotDecideOnIt() {
        ReportRow report = newHealthReport();
        assertThat(signedIn.as("viewer.congress", () -> review.subject(report.id())))
                .hasValueSatisfying(subject -> assertThat(subject.report().id()).isEqualTo(report.id()));
        assertThat(signedIn.as("viewer.congress", () -> comments.comments(ItemRef.report(report.id())))).isEmpty();
        assertThatThrownBy(() -> signedIn.as("viewer.congress", () -> review.accept(report.id(), "looks fine")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("viewer.congress", () -> review.sendBack(report.id(), "redo it")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as("pm.dhs", () -> review.subject(report.id())))
                .hasValueSatisfying(subject -> assertThat(subject.report().status()).isEqualTo(ReportStatus.SUBMITTED));
    }

    @Test
    void aCommentOnAReportGoesLiveToTheOversightViewerButNotToAnotherTenant() throws Exception {
        ItemRef item = ItemRef.report(newHealthReport().id());
        List<ChangeEvent> viewer = new CopyOnWriteArrayList<>();
        List<ChangeEvent> otherTenant = new CopyOnWriteArrayList<>();
        try (AutoCloseable a = events.subscribe(users.find("viewer.congress").orElseThrow(), viewer::add);
                AutoCloseable b = events.subscribe(users.find("pm.treasury").orElseThrow(), otherTenant::add)) {
            signedIn.as("reporter.health", () -> comments.post(item, "Survey attached"));
            Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> viewer.stream()
                    .anyMatch(event -> event.item().equals(item) && event.kind() == ChangeEvent.Kind.COMMENTED));
            Thread.sleep(300);
        }
        assertThat(otherTenant).noneMatch(event -> event.item().equals(item));
    }
}
