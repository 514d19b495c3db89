package org.policytracker.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.policytracker.mail.MessageKind;
import org.policytracker.mail.OutgoingMail;
import org.policytracker.security.AppUser;
import org.policytracker.security.People;
import org.policytracker.security.Role;
import org.policytracker.task.OpenTask;
import org.policytracker.task.TaskQueries;
import org.policytracker.tenant.Tenant;
import org.policytracker.tenant.TenantKind;
import org.policytracker.tenant.TenantService;
import org.policytracker.tenant.TenantTransactions;
import org.policytracker.timeliness.Timeliness;
import org.policytracker.uptake.Obligation;
import org.policytracker.uptake.ReportReviewService;
import org.policytracker.uptake.ReportingService;
import org.policytracker.uptake.ReviewWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily reminders, in the app and by e-mail as each person chose: task owners before a due date, on the first overdue day and
 * when a task goes stale; association reporters before a period's due date and when its reports are late;
 * reviewers when a submitted report waits. Each reminder has its day (the day its condition first holds);
 * a run queues the reminders whose day is today (or up to {@code catch-up-days} ago), each under an
 * idempotency key naming the thing, the reason, the threshold and the recipient, so a second run, or a
 * run on another node, queues nothing twice. It reads every tenant's rows through the features' APIs in
 * the tenant module's cross-tenant transactions.
 */
@Service
public class DailyReminders {

    private static final Logger log = LoggerFactory.getLogger(DailyReminders.class);
    /** whom the in-app notices are attributed to */
    static final String JOB = "system:reminders";

    private final TaskQueries taskQueries;
    private final ReportingService reporting;
    private final ReportReviewService reviews;
    private final TenantService tenants;
    private final TenantTransactions tenantTransactions;
    private final People people;
    private final AsTheyChose delivery;
    private final Timeliness timeliness;
    private final ReminderProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DailyReminders(TaskQueries taskQueries, ReportingService reporting, ReportReviewService reviews,
            TenantService tenants, TenantTransactions tenantTransactions, People people, AsTheyChose delivery,
            Timeliness timeliness, ReminderProperties properties, PlatformTransactionManager transactions,
            Clock clock) {
        this.taskQueries = taskQueries;
        this.reporting = reporting;
        this.reviews = reviews;
        this.tenants = tenants;
        this.tenantTransactions = tenantTransactions;
        this.people = people;
        this.delivery = delivery;
        this.timeliness = timeliness;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Once a day, on one node of the cluster. */
    @Scheduled(cron = "${policy-tracker.reminders.cron}", zone = "${policy-tracker.clock.zone:UTC}")
    @SchedulerLock(name = "daily-reminders", lockAtMostFor = "PT30M")
    public void run() {
        int queued = remind();
        log.info("Daily reminders: {} for today queued (or queued before)", queued);
    }

    /**
     * Delivers today's reminders as each recipient chose (in the app, and by e-mail); how many go out by e-mail
     * today (those queued by an earlier run included).
     */
    public int remind() {
        return remindAt(clock.instant());
    }

    /** The run of the given instant's day (the tests try days other than the fixed clock's). */
    int remindAt(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        List<OutgoingMail> reminders = new ArrayList<>();
        reminders.addAll(taskReminders(today, now));
        reminders.addAll(reportReminders(today));
        reminders.addAll(reviewReminders(today, now));
        return transaction.execute(status -> (int) reminders.stream()
                .filter(reminder -> delivery.deliver(JOB, reminder)).count());
    }

    private List<OutgoingMail> taskReminders(LocalDate today, Instant now) {
        List<OpenTask> open = tenantTransactions.readAcrossTenants(taskQueries::openTasksWithOwner);
        List<OutgoingMail> reminders = new ArrayList<>();
        for (OpenTask task : open) {
            String route = "tasks/" + task.id();
            String prefix = "reminder:task:" + task.id() + ":";
            if (task.dueOn() != null) {
                long daysLeft = ChronoUnit.DAYS.between(today, task.dueOn());
                if (daysLeft < 0 && isReminderDay(task.dueOn().plusDays(1), today)) {
                    reminders.add(new OutgoingMail(prefix + "overdue:" + task.dueOn() + ":" + task.ownerUsername(),
                            task.ownerUsername(), MessageKind.REMINDER, "Overdue: " + task.title(),
                            "The task \"" + task.title() + "\" you own was due on " + task.dueOn()
                                    + " and is not done. Post its progress, or agree a new due date.", route));
                }
                properties.daysBeforeDue().stream()
                        .filter(days -> daysLeft >= 0 && daysLeft <= days && isReminderDay(task.dueOn().minusDays(days), today))
                        .findFirst()
                        .ifPresent(days -> reminders.add(new OutgoingMail(
                                prefix + "due-in-" + days + "d:" + task.dueOn() + ":" + task.ownerUsername(),
                                task.ownerUsername(), MessageKind.REMINDER,
                                (daysLeft == 0 ? "Due today: " : "Due in " + daysLeft + (daysLeft == 1 ? " day: " : " days: "))
                                        + task.title(),
                                "The task \"" + task.title() + "\" you own is due on " + task.dueOn()
                                        + " and is not done yet. Post its progress before then.", route)));
            }
            if (timeliness.isStale(true, task.lastActivityAt(), now)) {
                LocalDate staleFrom = LocalDate.ofInstant(task.lastActivityAt().plus(timeliness.staleAfter()), ZoneOffset.UTC);
                if (isReminderDay(staleFrom, today)) {
                    reminders.add(new OutgoingMail(prefix + "stale:" + task.lastActivityAt() + ":" + task.ownerUsername(),
                            task.ownerUsername(), MessageKind.REMINDER, "No update for "
                                    + timeliness.staleAfterDays() + " days: " + task.title(),
                            "The task \"" + task.title() + "\" you own has had no update since "
                                    + LocalDate.ofInstant(task.lastActivityAt(), ZoneOffset.UTC)
                                    + ": it counts as stale. Post its progress, even if nothing moved.", route));
                }
            }
        }
        return reminders;
    }

    private List<OutgoingMail> reportReminders(LocalDate today) {
        List<OutgoingMail> reminders = new ArrayList<>();
        for (Tenant association : tenants.all().stream().filter(t -> t.getKind() == TenantKind.ASSOCIATION).toList()) {
            List<Obligation> owed = tenantTransactions.writeAs(association.getId(),
                    () -> reporting.obligationsOf(association.getId()));
            Map<String, List<Obligation>> dueByPeriod = owed.stream().filter(Obligation::open)
                    .filter(o -> o.state() == Obligation.State.DUE || o.state() == Obligation.State.DRAFT
                            || o.state() == Obligation.State.LATE)
                    .collect(Collectors.groupingBy(Obligation::periodCode));
            List<AppUser> reporters = people.ofTenant(association.getId()).stream()
                    .filter(person -> person.getRoles().contains(Role.SECTOR_REPORTER)).toList();
            dueByPeriod.forEach((period, obligations) -> {
                LocalDate dueOn = obligations.getFirst().dueOn();
                boolean late = today.isAfter(dueOn);
                LocalDate reminderDay = late ? dueOn.plusDays(1) : dueOn.minusDays(properties.reportDaysBeforeDue());
                if (!isReminderDay(reminderDay, today)) {
                    return;
                }
                String list = obligations.stream().map(o -> "- " + o.measureCode() + " " + o.measureTitle() + ", "
                        + o.sectorName()).collect(Collectors.joining("\n"));
                for (AppUser reporter : reporters) {
                    reminders.add(new OutgoingMail("reminder:reports-" + (late ? "late" : "due") + ":"
                            + association.getId() + ":" + period + ":" + reporter.getUsername(), reporter.getUsername(),
                            MessageKind.REMINDER, (late ? "Reports late for " : "Reports due for ") + period,
                            (late ? "These reports of " + association.getName() + " for " + period + " were due on "
                                    + dueOn + " and are not submitted:\n"
                                    : "These reports of " + association.getName() + " for " + period + " are due on "
                                    + dueOn + " and not submitted yet:\n") + list, "reporting"));
                }
            });
        }
        return reminders;
    }

    private List<OutgoingMail> reviewReminders(LocalDate today, Instant now) {
        List<OutgoingMail> reminders = new ArrayList<>();
        for (ReviewWait waiting : reviews.waitingSince(now.minus(Duration.ofDays(properties.reviewWaitingDays())))) {
            LocalDate reminderDay = LocalDate.ofInstant(waiting.submittedAt(), ZoneOffset.UTC)
                    .plusDays(properties.reviewWaitingDays());
            if (!isReminderDay(reminderDay, today)) {
                continue;
            }
            people.ofTenant(waiting.leadAgency()).stream()
                    .filter(person -> person.getRoles().contains(Role.PROGRAM_MANAGER))
                    .forEach(reviewer -> reminders.add(new OutgoingMail("reminder:review-waiting:" + waiting.reportId()
                            + ":" + properties.reviewWaitingDays() + "d:" + reviewer.getUsername(), reviewer.getUsername(),
                            MessageKind.REMINDER, "Report waiting for review: " + waiting.measureCode() + ", "
                                    + waiting.sectorName() + ", " + waiting.periodCode(),
                            "The report of " + waiting.association() + " on " + waiting.measureCode() + " ("
                                    + waiting.sectorName() + ", " + waiting.periodCode() + ") was submitted on "
                                    + LocalDate.ofInstant(waiting.submittedAt(), ZoneOffset.UTC) + " and waits for"
                                    + " your agency's review for more than " + properties.reviewWaitingDays()
                                    + " days. Accept it or send it back.", "reports/" + waiting.reportId())));
        }
        return reminders;
    }

    /** Whether today sends a reminder whose day is the given one: that day, or up to the catch-up days after. */
    private boolean isReminderDay(LocalDate reminderDay, LocalDate today) {
        return !today.isBefore(reminderDay) && !today.isAfter(reminderDay.plusDays(properties.catchUpDays()));
    }
}
