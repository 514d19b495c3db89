package org.policytracker.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policytracker.collab.ItemRef;
import org.policytracker.collab.Notification;
import org.policytracker.collab.NotificationService;
import org.policytracker.mail.Channel;
import org.policytracker.mail.DeliveryPreference;
import org.policytracker.mail.DeliveryPreferences;
import org.policytracker.mail.MessageKind;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestOrders;
import org.policytracker.support.TestOrders.TestOrder;
import org.policytracker.task.TaskUpdateRequests.RequestRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Update requests (issue 15, item 2) through the services the task pages use: asked, announced once,
 * notified in the app, open on the task, answered by the owner's progress update; and who may not ask.
 */
@PolicyTrackerTest
@RecordApplicationEvents
class TaskUpdateRequestTest {

    private static TestOrder order;

    @Autowired
    SignedIn signedIn;
    @Autowired
    TestOrders orders;
    @Autowired
    TaskUpdateRequests requests;
    @Autowired
    TaskCommands commands;
    @Autowired
    TaskQueries queries;
    @Autowired
    NotificationService notifications;
    @Autowired
    DeliveryPreferences preferences;
    @Autowired
    ApplicationEvents events;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @BeforeAll
    static void createOrder(@Autowired TestOrders orders) {
        order = orders.order("UPDREQ").directive("A", "cisa").create();
    }

    /** A new CISA task owned by pm2.cisa. */
    private long taskOwnedByPm2(String titlePrefix) {
        return orders.ownedTask("pm2.cisa", order.directive("A"), titlePrefix + " " + UUID.randomUUID()
                .toString().substring(0, 8), LocalDate.now(clock).plusMonths(1));
    }

    private int requestsStored(long taskId) {
        return jdbc.sql("select count(*) from task_update_request where task_id = ?").param(taskId)
                .query(Integer.class).single();
    }

    @Test
    void aManagerAsksTheOwnerIsNotifiedAndTheirProgressUpdateAnswersTheRequest() {
        long taskId = taskOwnedByPm2("Round trip");
        long requestId = signedIn.as("pm.cisa", () -> requests.ask(taskId, "  Where are we with the pilot?  "));

        List<UpdateRequested> announced = events.stream(UpdateRequested.class).toList();
        assertThat(announced).hasSize(1);
        UpdateRequested event = announced.getFirst();
        assertThat(event.requestId()).isEqualTo(requestId);
        assertThat(event.taskId()).isEqualTo(taskId);
        assertThat(event.ownerUsername()).isEqualTo("pm2.cisa");
        assertThat(event.tenantId()).isEqualTo("cisa");
        assertThat(event.requestedBy()).isEqualTo("pm.cisa");
        assertThat(event.message()).isEqualTo("Where are we with the pilot?");
        assertThat(event.requestedAt()).isEqualTo(clock.instant());

        List<Notification> inbox = signedIn.as("pm2.cisa", () -> notifications.latest());
        assertThat(inbox).filteredOn(notification -> ItemRef.task(taskId).equals(notification.getItem()))
                .singleElement().satisfies(notification -> {
                    assertThat(notification.getActor()).isEqualTo("pm.cisa");
                    assertThat(notification.getMessage()).contains("asked you for an update")
                            .contains("Where are we with the pilot?");
                    assertThat(signedIn.as("pm2.cisa", () -> notifications.addressOf(notification.getItem())))
                            .isEqualTo("tasks/" + taskId);
                });

        RequestRow open = signedIn.as("pm2.cisa", () -> requests.onTask(taskId)).getFirst();
        assertThat(open.open()).isTrue();
        assertThat(open.requestedBy()).isEqualTo("pm.cisa");
        assertThat(open.requestedAt()).isEqualTo(clock.instant());
        assertThat(open.message()).isEqualTo("Where are we with the pilot?");

        TaskSnapshot opened = signedIn.as("pm2.cisa", () -> queries.open(taskId));
        signedIn.as("pm2.cisa", () -> commands.addProgressUpdate(opened, LocalDate.now(clock), "Pilot half done"));

        RequestRow answered = signedIn.as("pm.cisa", () -> requests.onTask(taskId)).getFirst();
        assertThat(answered.open()).isFalse();
        assertThat(answered.answerNarrative()).isEqualTo("Pilot half done");
        assertThat(answered.answerReportedOn()).isEqualTo(LocalDate.now(clock));
        assertThat(answered.answeredAt()).isEqualTo(clock.instant());
        long updateId = jdbc.sql("select id from task_progress_update where task_id = ?").param(taskId)
                .query(Long.class).single();
        assertThat(jdbc.sql("select answered_by_update from task_update_request where id = ?").param(requestId)
                .query(Long.class).single()).isEqualTo(updateId);
        assertThat(events.stream(UpdateRequested.class)).hasSize(1);
    }

    @Test
    void anOwnerWhoTurnedUpdateRequestsOffIsNotNotifiedInTheAppButTheRequestStands() {
        long taskId = taskOwnedByPm2("Silenced");
        DeliveryPreference before = signedIn.as("pm2.cisa", () -> preferences.mine());
        signedIn.run("pm2.cisa", () -> preferences.chooseMine(Map.of(MessageKind.UPDATE_REQUEST, Channel.OFF),
                before.getDigestDay(), before.isDigestPdf()));
        try {
            long requestId = signedIn.as("pm.cisa", () -> requests.ask(taskId, "Any news?"));

            assertThat(signedIn.as("pm2.cisa", () -> notifications.latest()))
                    .noneMatch(notification -> ItemRef.task(taskId).equals(notification.getItem()));
            assertThat(signedIn.as("pm2.cisa", () -> requests.onTask(taskId)))
                    .singleElement().satisfies(request -> assertThat(request.id()).isEqualTo(requestId));
        } finally {
            signedIn.run("pm2.cisa", () -> preferences.chooseMine(
                    Map.of(MessageKind.UPDATE_REQUEST, before.channelOf(MessageKind.UPDATE_REQUEST)),
                    before.getDigestDay(), before.isDigestPdf()));
        }
    }

    @Test
    void aManagerOfAnotherAgencyCannotAskOnATaskTheyCannotSee() {
        long taskId = taskOwnedByPm2("Other agency");
        assertThatThrownBy(() -> signedIn.as("pm.treasury", () -> requests.ask(taskId, "Status?")))
                .isInstanceOf(TaskNotFoundException.class);
        assertThatThrownBy(() -> signedIn.as("pm.treasury", () -> requests.onTask(taskId)))
                .isInstanceOf(TaskNotFoundException.class);
        assertThat(requestsStored(taskId)).isZero();
        assertThat(events.stream(UpdateRequested.class)).isEmpty();
    }

    @Test
    void anOversizeMessageIsRefusedAndABlankOneMeansNoMessage() {
        long taskId = taskOwnedByPm2("Message length");
        String tooLong = "x".repeat(TaskUpdateRequest.MAX_MESSAGE_LENGTH + 1);
        assertThatThrownBy(() -> signedIn.as("pm.cisa", () -> requests.ask(taskId, tooLong)))
                .isInstanceOfSatisfying(UpdateRequestRefusedException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("message");
                    assertThat(refused.getMessage()).contains("1001 characters").contains("at most 1000");
                });
        assertThat(requestsStored(taskId)).isZero();

        signedIn.as("pm.cisa", () -> requests.ask(taskId, "   "));
        assertThat(signedIn.as("pm.cisa", () -> requests.onTask(taskId))).singleElement()
                .satisfies(request -> assertThat(request.message()).isNull());
    }

    @Test
    void nobodyAsksTwiceWhileOpenTheOwnerDoesNotAskThemselvesAndReportersDoNotAsk() {
        long taskId = taskOwnedByPm2("Refusals");
        signedIn.as("pm.cisa", () -> requests.ask(taskId, null));
        assertThatThrownBy(() -> signedIn.as("pm.cisa", () -> requests.ask(taskId, "again")))
                .isInstanceOf(UpdateRequestRefusedException.class).hasMessageContaining("already asked");
        assertThatThrownBy(() -> signedIn.as("pm2.cisa", () -> requests.ask(taskId, null)))
                .isInstanceOf(UpdateRequestRefusedException.class).hasMessageContaining("You own this task");
        assertThatThrownBy(() -> signedIn.as("reporter.health", () -> requests.ask(taskId, null)))
                .isInstanceOf(AccessDeniedException.class);
        long unowned = orders.task("pm.cisa", order.directive("A"), "Unowned " + UUID.randomUUID(),
                LocalDate.now(clock).plusMonths(1));
        assertThatThrownBy(() -> signedIn.as("pm.cisa", () -> requests.ask(unowned, null)))
                .isInstanceOf(UpdateRequestRefusedException.class).hasMessageContaining("no owner");
        assertThat(requestsStored(taskId)).isOne();
        assertThat(events.stream(UpdateRequested.class)).hasSize(1);
    }

    @Test
    void anOversightViewerMayAskButStillCannotChangeTheTask() {
        long taskId = taskOwnedByPm2("Viewer asks");
        long requestId = signedIn.as("viewer.congress", () -> requests.ask(taskId, "For the hearing"));
        assertThat(jdbc.sql("select tenant_id from task_update_request where id = ?").param(requestId)
                .query(String.class).single()).isEqualTo("cisa");
        assertThat(events.stream(UpdateRequested.class)).singleElement()
                .satisfies(event -> assertThat(event.requestedBy()).isEqualTo("viewer.congress"));
        assertThat(signedIn.as("viewer.congress", () -> requests.onTask(taskId))).singleElement()
                .satisfies(request -> assertThat(request.open()).isTrue());

        TaskSnapshot opened = signedIn.as("pm2.cisa", () -> queries.open(taskId));
        assertThatThrownBy(() -> signedIn.as("viewer.congress", () -> commands.save(opened,
                TaskFixtures.change(opened, t -> t.percent(50))))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("viewer.congress", () -> commands.addProgressUpdate(opened,
                LocalDate.now(clock), "not theirs to write"))).isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as("pm2.cisa", () -> queries.open(taskId)).version()).isEqualTo(opened.version());
    }
}
