package org.policytracker.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policytracker.collab.NotificationService;
import org.policytracker.mail.Channel;
import org.policytracker.mail.DeliveryPreferences;
import org.policytracker.mail.MailDelivery;
import org.policytracker.mail.MessageKind;
import org.policytracker.mail.Outbox;
import org.policytracker.mail.OutboxEntry;
import org.policytracker.security.People;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestMail;
import org.policytracker.support.TestOrders;
import org.policytracker.task.TaskCommands;
import org.policytracker.task.TaskQueries;
import org.policytracker.task.TaskStatus;
import org.policytracker.tenant.TenantService;
import org.policytracker.tenant.TenantTransactions;
import org.policytracker.timeliness.Timeliness;
import org.policytracker.uptake.PeriodStatus;
import org.policytracker.uptake.ReportReviewService;
import org.policytracker.uptake.ReportingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The daily reminders against a real SMTP server (GreenMail) and the real database. */
@PolicyTrackerTest
class DailyRemindersTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestMail.smtpServer();

    @Autowired
    DailyReminders reminders;
    @Autowired
    MailDelivery delivery;
    @Autowired
    Outbox outbox;
    @Autowired
    TestOrders orders;
    @Autowired
    TaskCommands commands;
    @Autowired
    SignedIn signedIn;
    @Autowired
    Clock clock;
    @Autowired
    DataSource dataSource;
    @Autowired
    ReportingService reporting;
    @Autowired
    DeliveryPreferences preferences;
    @Autowired
    NotificationService notifications;
    @Autowired
    Timeliness timeliness;
    @Autowired
    TaskQueries taskQueries;
    @Autowired
    ReportReviewService reviews;
    @Autowired
    TenantService tenants;
    @Autowired
    TenantTransactions tenantTransactions;
    @Autowired
    People people;
    @Autowired
    AsTheyChose asTheyChose;
    @Autowired
    PlatformTransactionManager transactions;

    long directive;
    LocalDate today;

    @BeforeEach
    void setUp() {
        directive = orders.order("REMIND").directive("A", "cisa").create().directive("A");
        today = LocalDate.now(clock);
    }

    @Test
    void aTaskDueInSevenDaysRemindsItsOwnerOnceAndNobodyElse() {
        String title = "Remind me " + UUID.randomUUID();
        long task = orders.ownedTask("pm.cisa", directive, title, today.plusDays(7));

        reminders.remind();
        reminders.remind();
        TestMail.deliverAll(delivery, clock.instant());

        List<MimeMessage> received = TestMail.withSubject(smtp, title);
        assertThat(received).as("one reminder, to the owner only").hasSize(1);
        assertThat(TestMail.recipient(received.getFirst())).isEqualTo("pm.cisa@example.org");
        assertThat(TestMail.subject(received.getFirst())).isEqualTo("Due in 7 days: " + title);
        assertThat(TestMail.body(received.getFirst())).contains("due on " + today.plusDays(7))
                .contains("http://localhost:8080/tasks/" + task).contains("/unsubscribe/");
        assertThat(outbox.latest(2000)).filteredOn(message -> message.idempotencyKey().contains(":task:" + task + ":"))
                .extracting(OutboxEntry::recipientAddress).containsExactly("pm.cisa@example.org");
    }

    @Test
    void aReminderTakenInTheAppLandsInTheOwnersNotificationsOnceAndNotByEmail() {
        String title = "In the app " + UUID.randomUUID();
        long task = orders.ownedTask("pm2.cisa", directive, title, today.plusDays(7));
        signedIn.run("pm2.cisa", () -> preferences.chooseMine(Map.of(MessageKind.REMINDER, Channel.IN_APP),
                DayOfWeek.MONDAY, false));
        try {
            reminders.remind();
            reminders.remind();
            TestMail.deliverAll(delivery, clock.instant());

            assertThat(TestMail.withSubject(smtp, title)).as("no e-mail").isEmpty();
            assertThat(signedIn.as("pm2.cisa", notifications::latest))
                    .filteredOn(notice -> notice.getMessage().contains(title)).singleElement()
                    .satisfies(notice -> {
                        assertThat(notice.getMessage()).isEqualTo("Due in 7 days: " + title);
                        assertThat(notice.getActor()).isEqualTo(DailyReminders.JOB);
                        assertThat(signedIn.as("pm2.cisa", () -> notifications.addressOf(notice)))
                                .isEqualTo("tasks/" + task);
                    });
            assertThat(noticesAbout(title)).as("nobody else, in this tenant or another").containsExactly("pm2.cisa");
        } finally {
            TestMail.restoreDefaultPreferences(signedIn, preferences, "pm2.cisa");
        }
    }

    @Test
    void aReminderTakenByEmailIsAlsoInTheAppAndOneTurnedOffIsNowhere() {
        String byEmail = "By e-mail " + UUID.randomUUID();
        orders.ownedTask("pm.cisa", directive, byEmail, today.plusDays(1));
        String off = "Turned off " + UUID.randomUUID();
        orders.ownedTask("pm2.cisa", directive, off, today.plusDays(1));
        signedIn.run("pm2.cisa", () -> preferences.chooseMine(Map.of(MessageKind.REMINDER, Channel.OFF),
                DayOfWeek.MONDAY, false));
        try {
            reminders.remind();
            TestMail.deliverAll(delivery, clock.instant());

            assertThat(TestMail.withSubject(smtp, byEmail)).extracting(TestMail::recipient)
                    .containsExactly("pm.cisa@example.org");
            assertThat(noticesAbout(byEmail)).containsExactly("pm.cisa");
            assertThat(TestMail.withSubject(smtp, off)).isEmpty();
            assertThat(noticesAbout(off)).isEmpty();
        } finally {
            TestMail.restoreDefaultPreferences(signedIn, preferences, "pm2.cisa");
        }
    }

    /** Everyone with a notification whose message names the (unique) title, read straight from the table. */
    private List<String> noticesAbout(String title) {
        return new JdbcTemplate(dataSource).queryForList("select recipient from notification where message like ?",
                String.class, "%" + title + "%");
    }

    @Test
    void aDoneTaskGetsNoReminder() {
        String title = "Done already " + UUID.randomUUID();
        long task = orders.ownedTask("pm.cisa", directive, title, today.plusDays(7));
        signedIn.run("pm.cisa", () -> commands.bulkUpdate(List.of(task),
                new TaskCommands.BulkChange(TaskStatus.DONE, null, null, null)));

        reminders.remind();
        TestMail.deliverAll(delivery, clock.instant());

        assertThat(TestMail.withSubject(smtp, title)).isEmpty();
    }

    @Test
    void anotherAgencysPeopleGetNothingOfThisAgencysTasks() {
        String title = "Agency only " + UUID.randomUUID();
        orders.ownedTask("pm.cisa", directive, title, today.plusDays(1));

        reminders.remind();
        TestMail.deliverAll(delivery, clock.instant());

        assertThat(TestMail.withSubject(smtp, title)).extracting(TestMail::recipient)
                .containsExactly("pm.cisa@example.org");
        assertThat(smtp.getReceivedMessagesForDomain("example.org")).filteredOn(m -> TestMail.subject(m).contains(title))
                .extracting(TestMail::recipient).noneMatch(address -> address.startsWith("pm.treasury")
                        || address.startsWith("reporter.") || address.startsWith("viewer."));
    }

    @Test
    void reportersAreRemindedBeforeThePeriodIsDueAndReviewersWhenASubmittedReportWaits() {
        TestOrders.TestOrder order = orders.order("REPORTS").directive("A", "cisa").measure("M", "A", "healthcare")
                .period("P", PeriodStatus.OPEN).create();
        String period = order.period("P");
        LocalDate dueOn = reporting.periodRows().stream().filter(p -> p.code().equals(period)).findFirst()
                .orElseThrow().dueOn();

        reminders.remindAt(dueOn.minusDays(7).atTime(6, 0).toInstant(ZoneOffset.UTC));
        TestMail.deliverAll(delivery, clock.instant());

        assertThat(TestMail.withSubject(smtp, "Reports due for " + period)).extracting(TestMail::recipient)
                .contains("reporter.health@example.org").doesNotHaveDuplicates()
                .noneMatch(address -> address.startsWith("pm.") || address.startsWith("viewer."));
        MimeMessage toHealth = TestMail.withSubject(smtp, "Reports due for " + period).stream()
                .filter(message -> TestMail.recipient(message).equals("reporter.health@example.org")).findFirst()
                .orElseThrow();
        assertThat(TestMail.body(toHealth)).contains(order.measure("M") + " Test measure M")
                .contains("http://localhost:8080/reporting");

        long report = orders.report("reporter.health", order.measure("M"), "healthcare", period, 80, 40, 10).id();
        reminders.remindAt(clock.instant().plus(Duration.ofDays(5)));
        reminders.remindAt(clock.instant().plus(Duration.ofDays(6)));
        TestMail.deliverAll(delivery, clock.instant());

        List<MimeMessage> waiting = TestMail.withSubject(smtp, "Report waiting for review: " + order.measure("M"));
        assertThat(waiting).extracting(TestMail::recipient)
                .containsExactlyInAnyOrder("pm.cisa@example.org", "pm2.cisa@example.org");
        assertThat(TestMail.body(waiting.getFirst())).contains("http://localhost:8080/reports/" + report);
    }

    @Test
    void reportsNotSubmittedByTheDueDateRemindTheOwingAssociationsReportersTheDayAfter() {
        TestOrders.TestOrder order = orders.order("LATE").directive("A", "cisa").measure("M", "A", "healthcare")
                .period("P", PeriodStatus.OPEN).create();
        String period = order.period("P");
        LocalDate dueOn = reporting.periodRows().stream().filter(p -> p.code().equals(period)).findFirst()
                .orElseThrow().dueOn();

        reminders.remindAt(dueOn.atTime(6, 0).toInstant(ZoneOffset.UTC));
        TestMail.deliverAll(delivery, clock.instant());
        assertThat(TestMail.withSubject(smtp, "Reports late for " + period)).as("not on the due day").isEmpty();
        reminders.remindAt(dueOn.plusDays(1).atTime(6, 0).toInstant(ZoneOffset.UTC));
        reminders.remindAt(dueOn.plusDays(2).atTime(6, 0).toInstant(ZoneOffset.UTC));
        TestMail.deliverAll(delivery, clock.instant());

        List<MimeMessage> late = TestMail.withSubject(smtp, "Reports late for " + period);
        assertThat(late).extracting(TestMail::recipient).contains("reporter.health@example.org")
                .doesNotHaveDuplicates().allMatch(address -> address.startsWith("reporter."));
        // the measure is for healthcare: only the hospital association (reporter.health) owes it
        assertThat(late).filteredOn(message -> TestMail.body(message).contains(order.measure("M")))
                .extracting(TestMail::recipient).containsExactly("reporter.health@example.org");
        assertThat(TestMail.body(late.stream().filter(message -> TestMail.recipient(message).startsWith("reporter.health"))
                .findFirst().orElseThrow())).contains("were due on " + dueOn).contains("http://localhost:8080/reporting");
    }

    @Test
    void twoSchedulersOnTheSameDatabaseSendEachReminderOnce() {
        String title = "Two nodes " + UUID.randomUUID();
        long task = orders.ownedTask("pm.cisa", directive, title, today.plusDays(7));
        // "node B" holds the job's lock, as a second application node running the reminders would; "node A" is the
        // application's own scheduled method behind @SchedulerLock. The idempotency keys would dedupe the mail
        // anyway, so what is asserted is that node A does not run at all while B holds the lock
        SimpleLock held = otherNodeHolds("daily-reminders");
        int queuedWhileHeld;
        try {
            reminders.run();
            TestMail.deliverAll(delivery, clock.instant());
            queuedWhileHeld = queuedFor(task);
            assertThat(queuedWhileHeld).as("node A found the lock held and queued nothing").isZero();
            assertThat(TestMail.withSubject(smtp, title)).isEmpty();
        } finally {
            held.unlock();
        }
        reminders.run();
        reminders.run();
        TestMail.deliverAll(delivery, clock.instant());

        System.out.println("Two schedulers: while the other node held the lock the reminders queued "
                + queuedWhileHeld + " message(s) for the test's task; after it let go, " + queuedFor(task)
                + " (received " + TestMail.withSubject(smtp, title).size() + ")");
        assertThat(queuedFor(task)).isEqualTo(1);
        assertThat(TestMail.withSubject(smtp, title)).hasSize(1);
    }

    @Test
    void theMailWorkerDoesNotSendWhileAnotherNodeHoldsItsLock() {
        String title = "Worker lock " + UUID.randomUUID();
        orders.ownedTask("pm.cisa", directive, title, today.plusDays(7));
        reminders.remind();
        SimpleLock held = otherNodeHolds("mail-delivery");
        try {
            delivery.deliverDue();
            assertThat(TestMail.withSubject(smtp, title)).as("the worker found the lock held").isEmpty();
        } finally {
            held.unlock();
        }
        delivery.deliverDue();

        assertThat(TestMail.withSubject(smtp, title)).hasSize(1);
    }

    /** The named job lock, taken by another lock client on the same database (as another node would take it). */
    private SimpleLock otherNodeHolds(String job) {
        LockProvider otherNode = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).withTableName("shedlock")
                .withTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC)).build());
        // ShedLock counts lock times on its own clock (the node's), not on the application's fixed one
        return otherNode.lock(new LockConfiguration(ClockProvider.now(), job, Duration.ofMinutes(5), Duration.ZERO))
                .orElseThrow(() -> new IllegalStateException("the " + job + " lock is held already"));
    }

    private int queuedFor(long task) {
        return (int) outbox.latest(2000).stream()
                .filter(message -> message.idempotencyKey().contains(":task:" + task + ":")).count();
    }

    @Test
    void anOverdueTaskRemindsItsOwnerOnceOnTheFirstDayAfterItsDueDate() {
        String title = "Overdue " + UUID.randomUUID();
        long task = orders.ownedTask("pm.cisa", directive, title, today.minusDays(1));

        reminders.remind();
        reminders.remind();
        TestMail.deliverAll(delivery, clock.instant());

        assertThat(TestMail.withSubject(smtp, title)).singleElement().satisfies(message -> {
            assertThat(TestMail.recipient(message)).isEqualTo("pm.cisa@example.org");
            assertThat(TestMail.subject(message)).isEqualTo("Overdue: " + title);
            assertThat(TestMail.body(message)).contains("was due on " + today.minusDays(1))
                    .contains("http://localhost:8080/tasks/" + task);
        });
    }

    @Test
    void aTaskWithoutAnUpdateForTheStaleDaysRemindsItsOwnerOnce() {
        String title = "Stale " + UUID.randomUUID();
        long task = orders.ownedTask("pm.cisa", directive, title, today.plusYears(1));
        Instant staleFrom = clock.instant().plus(timeliness.staleAfter());

        reminders.remindAt(staleFrom.minus(Duration.ofDays(1)));
        assertThat(queuedFor(task)).as("not before it goes stale").isZero();
        reminders.remindAt(staleFrom);
        reminders.remindAt(staleFrom.plus(Duration.ofDays(1)));
        TestMail.deliverAll(delivery, clock.instant());

        assertThat(TestMail.withSubject(smtp, title)).singleElement().satisfies(message -> {
            assertThat(TestMail.recipient(message)).isEqualTo("pm.cisa@example.org");
            assertThat(TestMail.subject(message))
                    .isEqualTo("No update for " + timeliness.staleAfterDays() + " days: " + title);
            assertThat(TestMail.body(message)).contains("no update since " + today)
                    .contains("http://localhost:8080/tasks/" + task);
        });
    }

    @Test
    void aMissedReminderDayIsCaughtUpForThreeDaysAndNotLater() {
        String caughtUp = "Caught up " + UUID.randomUUID();
        orders.ownedTask("pm.cisa", directive, caughtUp, today.minusDays(4)); // overdue since 3 days ago
        String tooOld = "Too old " + UUID.randomUUID();
        orders.ownedTask("pm.cisa", directive, tooOld, today.minusDays(5)); // overdue since 4 days ago

        reminders.remind();
        TestMail.deliverAll(delivery, clock.instant());

        assertThat(TestMail.withSubject(smtp, caughtUp)).extracting(TestMail::subject)
                .containsExactly("Overdue: " + caughtUp);
        assertThat(TestMail.withSubject(smtp, tooOld)).isEmpty();
    }

    @Test
    void theDaysBeforeDueAreASetting() {
        String title = "Three days " + UUID.randomUUID();
        orders.ownedTask("pm.cisa", directive, title, today.plusDays(3));
        // a second instance with policy-tracker.reminders.days-before-due=3 (and no catch-up), on the same beans
        DailyReminders threeDaysBefore = new DailyReminders(taskQueries, reporting, reviews, tenants,
                tenantTransactions, people, asTheyChose, timeliness, new ReminderProperties(List.of(3), 7, 5, 0),
                transactions, clock);

        reminders.remind();
        TestMail.deliverAll(delivery, clock.instant());
        assertThat(TestMail.withSubject(smtp, title)).as("the defaults (7 and 1 days) have nothing today").isEmpty();
        threeDaysBefore.remind();
        threeDaysBefore.remind();
        TestMail.deliverAll(delivery, clock.instant());

        assertThat(TestMail.withSubject(smtp, title)).extracting(TestMail::subject)
                .containsExactly("Due in 3 days: " + title);
    }
}
