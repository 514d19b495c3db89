package org.policytracker.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.policytracker.gap.DirectiveGap;
import org.policytracker.gap.DirectiveStatus;
import org.policytracker.gap.GapDashboard;
import org.policytracker.gap.GapFilter;
import org.policytracker.gap.GapMetricsService;
import org.policytracker.gap.GapPdfReport;
import org.policytracker.mail.DeliveryPreferences;
import org.policytracker.mail.MailProperties;
import org.policytracker.mail.MessageKind;
import org.policytracker.mail.OutgoingMail;
import org.policytracker.security.AppUser;
import org.policytracker.security.People;
import org.policytracker.security.Role;
import org.policytracker.tenant.Tenant;
import org.policytracker.tenant.TenantService;
import org.policytracker.uptake.ReportReviewService;
import org.policytracker.uptake.ReportStatus;
import org.policytracker.uptake.ReviewOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The weekly digest, by e-mail (or as a notice in the app, as each person chose), for oversight viewers (every directive) and the program managers of a
 * lead agency (the directives their agency leads), on the weekday each chose: what moved in the seven
 * days before — the gap index up or down per directive, directives newly off track, open overdue tasks,
 * reports accepted or sent back — each with a link, and the gap dashboard as a PDF for those who ask for
 * it. Once per person and ISO week (idempotency key).
 */
@Service
public class WeeklyDigest {

    private static final Logger log = LoggerFactory.getLogger(WeeklyDigest.class);
    /** a smaller change of the gap index is noise, not movement */
    static final double MOVED_BY = 0.5;
    /** whom the in-app notices are attributed to */
    static final String JOB = "system:weekly-digest";

    private final GapMetricsService gaps;
    private final GapPdfReport pdfReport;
    private final ReportReviewService reviews;
    private final TenantService tenants;
    private final People people;
    private final DeliveryPreferences preferences;
    private final AsTheyChose delivery;
    private final MailProperties mail;
    private final TransactionTemplate transaction;
    private final Clock clock;

    WeeklyDigest(GapMetricsService gaps, GapPdfReport pdfReport, ReportReviewService reviews, TenantService tenants, People people,
            DeliveryPreferences preferences, AsTheyChose delivery, MailProperties mail, PlatformTransactionManager transactions,
            Clock clock) {
        this.gaps = gaps;
        this.pdfReport = pdfReport;
        this.reviews = reviews;
        this.tenants = tenants;
        this.people = people;
        this.preferences = preferences;
        this.delivery = delivery;
        this.mail = mail;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Every day (each person has their own weekday), on one node of the cluster. */
    @Scheduled(cron = "${policy-tracker.digest.cron}", zone = "${policy-tracker.clock.zone:UTC}")
    @SchedulerLock(name = "weekly-digest", lockAtMostFor = "PT30M")
    public void run() {
        log.info("Weekly digest: {} queued for today (or before)", send());
    }

    /**
     * Delivers today's digests (for the people whose digest day is today) as each chose: in the app a notice
     * that opens the gap dashboard, by e-mail the digest itself; how many go out by e-mail.
     */
    public int send() {
        return sendOn(LocalDate.now(clock));
    }

    /** The run of the given day (the tests try a week other than the fixed clock's). */
    int sendOn(LocalDate today) {
        List<AppUser> readers = people.everyone().stream()
                .filter(person -> preferences.of(person.getUsername()).getDigestDay() == today.getDayOfWeek())
                .filter(person -> person.getRoles().contains(Role.OVERSIGHT_VIEWER)
                        || person.getRoles().contains(Role.PROGRAM_MANAGER))
                .toList();
        if (readers.isEmpty()) {
            return 0;
        }
        GapDashboard dashboard = gaps.dashboard(GapFilter.ALL, today);
        List<DirectiveGap> now = dashboard.directives();
        OutgoingMail.Attachment pdf = readers.stream().anyMatch(reader -> preferences.of(reader.getUsername()).isDigestPdf())
                ? new OutgoingMail.Attachment("gap-dashboard-" + today + ".pdf", pdfReport.render(dashboard)) : null;
        Map<Long, DirectiveGap> weekAgo = gaps.dashboard(GapFilter.ALL, today.minusDays(7)).directives().stream()
                .collect(Collectors.toMap(DirectiveGap::id, Function.identity()));
        List<ReviewOutcome> reviewed = reviews.reviewedBetween(today.minusDays(7).atStartOfDay(ZoneOffset.UTC).toInstant(),
                today.atStartOfDay(ZoneOffset.UTC).toInstant());
        Map<String, String> agencyNames = tenants.all().stream().collect(Collectors.toMap(Tenant::getId, Tenant::getName));
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        List<OutgoingMail> digests = new ArrayList<>();
        for (AppUser reader : readers) {
            boolean oversight = reader.getRoles().contains(Role.OVERSIGHT_VIEWER);
            String agency = agencyNames.get(reader.getTenantId());
            List<DirectiveGap> theirs = now.stream()
                    .filter(directive -> oversight || Objects.equals(directive.leadAgency(), agency)).toList();
            if (theirs.isEmpty()) {
                continue; // a program manager of an agency that leads no directive
            }
            List<ReviewOutcome> theirReviews = reviewed.stream()
                    .filter(outcome -> oversight || outcome.leadAgency().equals(reader.getTenantId())).toList();
            digests.add(new OutgoingMail("digest:" + reader.getUsername() + ":" + week, reader.getUsername(),
                    MessageKind.DIGEST, "Weekly digest, " + today.minusDays(7) + " to " + today.minusDays(1)
                            + (oversight ? "" : ": directives " + agency + " leads"),
                    text(theirs, weekAgo, theirReviews), "gaps",
                    preferences.of(reader.getUsername()).isDigestPdf() ? pdf : null));
        }
        return transaction.execute(status -> (int) digests.stream()
                .filter(digest -> delivery.deliver(JOB, digest)).count());
    }

    private String text(List<DirectiveGap> directives, Map<Long, DirectiveGap> weekAgo, List<ReviewOutcome> reviewed) {
        StringBuilder text = new StringBuilder("What moved in the last seven days.\n");
        List<String> moved = new ArrayList<>();
        List<String> newlyOffTrack = new ArrayList<>();
        List<String> overdue = new ArrayList<>();
        for (DirectiveGap directive : directives) {
            DirectiveGap before = weekAgo.get(directive.id());
            String link = " " + mail.link("directives/" + directive.id());
            if (directive.gapIndex() != null && before != null && before.gapIndex() != null
                    && Math.abs(directive.gapIndex() - before.gapIndex()) >= MOVED_BY) {
                moved.add(String.format("- %s: gap index %s from %.1f to %.1f (%s)%s", directive.label(),
                        directive.gapIndex() > before.gapIndex() ? "up" : "down", before.gapIndex(),
                        directive.gapIndex(), directive.status().label(), link));
            }
            if (directive.status() == DirectiveStatus.OFF_TRACK && (before == null || before.status() != DirectiveStatus.OFF_TRACK)) {
                newlyOffTrack.add("- " + directive.label() + " " + directive.title() + link);
            }
            if (directive.tasks().overdueTasks() > 0) {
                overdue.add("- " + directive.label() + ": " + directive.tasks().overdueTasks() + " overdue" + link);
            }
        }
        section(text, "Gap index moved", moved);
        section(text, "Newly off track", newlyOffTrack);
        section(text, "Open overdue tasks", overdue);
        section(text, "Reports accepted or sent back", reviewed.stream().map(outcome -> "- " + outcome.measureCode()
                + ", " + outcome.sectorName() + ", " + outcome.periodCode() + " (" + outcome.association() + "): "
                + (outcome.status() == ReportStatus.ACCEPTED ? "accepted" : "sent back") + " "
                + mail.link("reports/" + outcome.reportId())).toList());
        return text.toString();
    }

    private static void section(StringBuilder text, String title, List<String> lines) {
        text.append("\n").append(title).append(":\n");
        text.append(lines.isEmpty() ? "- nothing\n" : String.join("\n", lines) + "\n");
    }
}
