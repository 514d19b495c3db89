package org.policytracker.uptake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.policytracker.audit.Actor;
import org.policytracker.collab.ItemChanged;
import org.policytracker.collab.ItemOwnership;
import org.policytracker.collab.ItemPolicy;
import org.policytracker.collab.ItemRef;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.Role;
import org.policytracker.security.TenantUser;
import org.policytracker.tenant.TenantTransactions;
import org.policytracker.uptake.repository.ParticipationReportRepository;
import org.policytracker.uptake.repository.ParticipationReportRepository.AuditedDecision;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Acceptance of submitted reports by the lead agency of the measure's directive (its program
 * managers) or an administrator. Reports belong to the associations' tenants, so this is an
 * explicit cross-tenant path, narrower than {@link org.policytracker.tenant.CrossTenantReader}, on
 * the template {@link TenantTransactions}; who may see and who may review a report is the access
 * policy's ({@link ItemPolicy}: the association owns the report, the lead agency reviews it):
 * <ul>
 * <li>reading runs in a new read-only transaction across tenants, and its query is always limited
 * to submitted reports of measures whose directive the reviewer's own agency leads (every agency
 * for administrators);</li>
 * <li>a decision first asks the policy for the one report, then writes it as the owning
 * association, attributed to the reviewer.</li>
 * </ul>
 * A reviewer may undo their own decision for a short while ({@code policy-tracker.review.undo-window}),
 * until the association starts a correction; the revision then waits for review again.
 */
@Service
public class ReportReviewService {

    public static final int MAX_NOTE_LENGTH = 2000;
    /** How far back the list of decisions goes. */
    public static final int DECIDED_DAYS = 30;

    private final ParticipationReportRepository reports;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TenantTransactions tenants;
    private final ApplicationEventPublisher reviewed;
    private final Duration undoWindow;

    ReportReviewService(ParticipationReportRepository reports, CurrentUser currentUser, Clock clock,
            TenantTransactions tenants, ApplicationEventPublisher reviewed,
            @Value("${policy-tracker.review.undo-window:10m}") Duration undoWindow) {
        this.reports = reports;
        this.reviewed = reviewed;
        this.currentUser = currentUser;
        this.clock = clock;
        this.tenants = tenants;
        this.undoWindow = undoWindow;
    }

    /** How long after a decision the person who made it may undo it. */
    public Duration undoWindow() {
        return undoWindow;
    }

    /** Submitted reports the signed-in reviewer may accept or send back, oldest submission first. */
    public List<ReportRow> awaitingReview() {
        TenantUser reviewer = requireReviewer();
        String leadAgency = reviewer.hasRole(Role.ADMIN) ? null : reviewer.tenantId();
        return tenants.readAcrossTenants(() -> reports.findAwaitingReview(leadAgency).stream().map(ReportRow::of)
                .toList());
    }

    /**
     * Every submitted report waiting for review since before the given instant, across every association,
     * with the agency that reviews it: for the reviewers' reminders (a system job, no signed-in user).
     */
    public List<ReviewWait> waitingSince(Instant submittedBefore) {
        return tenants.readAcrossTenants(() -> reports.findAwaitingReview(null).stream()
                .filter(report -> report.getSubmittedAt().isBefore(submittedBefore))
                .map(report -> new ReviewWait(report.getId(), report.getTenantId(),
                        report.getMeasure().getDirective().getLeadAgency().getId(), report.getPeriod().getCode(),
                        report.getMeasure().getCode(), report.getSector().getName(), report.getSubmittedAt()))
                .toList());
    }

    /**
     * Every report accepted or sent back in the window [from, to), across every association, with the
     * agency that reviewed it: for the weekly digest (a system job, no signed-in user).
     */
    public List<ReviewOutcome> reviewedBetween(Instant from, Instant to) {
        return tenants.readAcrossTenants(() -> reports.findReviewedBetween(from, to).stream()
                .map(report -> new ReviewOutcome(report.getId(), report.getTenantId(),
                        report.getMeasure().getDirective().getLeadAgency().getId(), report.getPeriod().getCode(),
                        report.getMeasure().getCode(), report.getSector().getName(), report.getStatus(),
                        report.getReviewedAt()))
                .toList());
    }

    /**
     * A report for the people who may discuss it: its association, program managers of the lead
     * agency, oversight viewers and administrators. Empty for anyone else, as if it did not exist.
     */
    public Optional<ReportSubject> subject(long reportId) {
        TenantUser user = currentUser.require();
        return tenants.readAcrossTenants(() -> reports.findReviewTarget(reportId)
                .filter(target -> ItemPolicy.maySee(user, ownership(target)))
                .flatMap(target -> reports.findById(reportId).map(ReportRow::of).map(row -> new ReportSubject(row,
                        target.association(), target.leadAgency(), row.measureCode() + " · " + row.sectorName() + " · "
                                + row.periodCode() + " · revision " + row.revision()))));
    }

    /**
     * The revision that the given one replaces, with its figures and what happened to it, for the people
     * who may see the report ({@link #subject}); empty for a first revision and for anyone else.
     */
    public Optional<PreviousRevision> previousRevision(long reportId) {
        TenantUser user = currentUser.require();
        return tenants.readAcrossTenants(() -> reports.findReviewTarget(reportId)
                .filter(target -> ItemPolicy.maySee(user, ownership(target)))
                .flatMap(target -> reports.findById(reportId))
                .map(ParticipationReport::getSupersedes)
                .map(previous -> new PreviousRevision(ReportRow.of(previous),
                        decisionsOf(List.of(previous)).get(previous.getId()))));
    }

    /**
     * Revisions decided in the last {@link #DECIDED_DAYS} days on the measures the signed-in reviewer's
     * agency leads (every measure for administrators), newest decision first, each saying whether the
     * signed-in person may still undo it.
     */
    public List<DecidedReport> decidedRecently() {
        TenantUser reviewer = requireReviewer();
        String leadAgency = reviewer.hasRole(Role.ADMIN) ? null : reviewer.tenantId();
        Instant now = Instant.now(clock);
        String me = Actor.current();
        return tenants.readAcrossTenants(() -> {
            List<ParticipationReport> decided = reports.findDecidedSince(leadAgency,
                    now.minus(Duration.ofDays(DECIDED_DAYS)));
            if (decided.isEmpty()) {
                return List.of();
            }
            Map<Long, ReviewDecision> decisions = decisionsOf(decided);
            Set<Long> corrected = new HashSet<>(reports.findCorrected(decided.stream().map(ParticipationReport::getId)
                    .toList()));
            return decided.stream().map(report -> {
                boolean laterRevision = corrected.contains(report.getId());
                Instant until = report.getReviewedAt().plus(undoWindow);
                boolean undoable = !laterRevision && me.equals(report.getReviewedBy()) && now.isBefore(until)
                        && isDecision(report.getStatus());
                return new DecidedReport(ReportRow.of(report), decisions.get(report.getId()), laterRevision,
                        undoable ? until : null);
            }).toList();
        });
    }

    /**
     * Takes back the signed-in reviewer's own decision within the undo window: the revision waits for
     * review again (no longer counted in the metrics if it was accepted). Refused when the window has
     * passed, the decision was someone else's, the revision is no longer accepted or sent back, or the
     * association has started a correction.
     */
    public ReportRow undo(long reportId) {
        String me = Actor.current();
        return writeReviewed(reportId, report -> {
            Optional<ParticipationReport> correction = reports.findFirstBySupersedes(report);
            if (correction.isPresent()) {
                throw undoRefused("the association has already started its correction (revision "
                        + correction.get().getRevision() + "), so the decision on revision " + report.getRevision()
                        + " stays");
            }
            if (!isDecision(report.getStatus())) {
                throw undoRefused("revision " + report.getRevision() + " is " + report.getStatus().name().toLowerCase()
                        + ": there is no decision to undo");
            }
            if (!me.equals(report.getReviewedBy())) {
                throw undoRefused("someone else decided on revision " + report.getRevision()
                        + "; only the person who decided can undo it");
            }
            if (!Instant.now(clock).isBefore(report.getReviewedAt().plus(undoWindow))) {
                throw undoRefused("a decision can be undone only within " + undoWindow.toMinutes()
                        + " minutes of making it; that time has passed");
            }
            report.undoDecision();
            return "undid the decision";
        });
    }

    private static ReportRejectedException undoRefused(String why) {
        return new ReportRejectedException(new ReportViolation("decision", why, ReportViolation.Kind.CONFLICT));
    }

    private static boolean isDecision(ReportStatus status) {
        return status == ReportStatus.ACCEPTED || status == ReportStatus.RETURNED;
    }

    /**
     * The decision of each decided revision among the given ones (by id): its status while it is accepted
     * or sent back; for one superseded since, the status its audit trail recorded before.
     */
    private Map<Long, ReviewDecision> decisionsOf(List<ParticipationReport> revisions) {
        List<ParticipationReport> decided = revisions.stream().filter(r -> r.getReviewedAt() != null).toList();
        List<Long> superseded = decided.stream().filter(r -> r.getStatus() == ReportStatus.SUPERSEDED)
                .map(ParticipationReport::getId).toList();
        Map<Long, ReportStatus> before = superseded.isEmpty() ? Map.of()
                : reports.findDecisionsBeforeSuperseded(superseded).stream().collect(Collectors.toMap(
                        AuditedDecision::getId, audited -> ReportStatus.valueOf(audited.getStatus())));
        return decided.stream().collect(Collectors.toMap(ParticipationReport::getId, r -> new ReviewDecision(
                isDecision(r.getStatus()) ? r.getStatus() : before.get(r.getId()), r.getReviewedBy(),
                r.getReviewedAt(), r.getReviewNote())));
    }

    /** Accepts a submitted revision: from now on it counts in the metrics. */
    public ReportRow accept(long reportId, String note) {
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        checkLength("note", cleanNote);
        return decide(reportId, report -> {
            report.accept(Actor.current(), Instant.now(clock), cleanNote);
            return "accepted the report";
        });
    }

    /** Sends a submitted revision back to its association with the reason; it does not count in metrics. */
    public ReportRow sendBack(long reportId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ReportRejectedException(ReportViolation.invalid("reason",
                    "is required: tell the association what to correct"));
        }
        checkLength("reason", reason.strip());
        return decide(reportId, report -> {
            report.sendBack(Actor.current(), Instant.now(clock), reason.strip());
            return "sent the report back";
        });
    }

    private ReportRow decide(long reportId, Function<ParticipationReport, String> decision) {
        return writeReviewed(reportId, report -> {
            if (report.getStatus() != ReportStatus.SUBMITTED) {
                throw new ReportRejectedException(new ReportViolation("status", "revision " + report.getRevision()
                        + " is " + report.getStatus().name().toLowerCase() + ", not waiting for review",
                        ReportViolation.Kind.CONFLICT));
            }
            return decision.apply(report);
        });
    }

    /**
     * Changes one report as a reviewer of it may: the policy asked first, the change written as the owning
     * association and attributed to the reviewer, its activity line (what the change returns) published
     * in the transaction, which renews the gap snapshots and tells open views.
     */
    private ReportRow writeReviewed(long reportId, Function<ParticipationReport, String> change) {
        TenantUser reviewer = requireReviewer();
        ReviewTarget target = tenants.readAcrossTenants(() -> reports.findReviewTarget(reportId))
                .orElseThrow(() -> new ReportRejectedException(ReportViolation.invalid("report",
                        "no participation report " + reportId)));
        if (!ItemPolicy.mayReview(reviewer, ownership(target))) {
            throw new AccessDeniedException("Only the lead agency of the measure's directive or an administrator "
                    + "reviews this report");
        }
        try {
            return tenants.writeAs(target.association(), () -> {
                ParticipationReport report = reports.findById(reportId).orElseThrow();
                String summary = change.apply(report);
                reports.flush();
                ReportRow row = ReportRow.of(report);
                reviewed.publishEvent(new ItemChanged(ItemRef.report(row.id()), row.association(), null,
                        row.measureCode() + " · " + row.sectorName() + " · " + row.periodCode(), Actor.current(),
                        summary));
                return row;
            });
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            throw new ReportRejectedException(new ReportViolation("status", "this report was changed at the same time "
                    + "by someone else; reload the list", ReportViolation.Kind.CONFLICT));
        }
    }

    /** The association owns the report; the lead agency of its measure's directive reviews it. */
    private static ItemOwnership ownership(ReviewTarget target) {
        return new ItemOwnership(target.association(), target.leadAgency());
    }

    private TenantUser requireReviewer() {
        TenantUser user = currentUser.require();
        if (!user.hasRole(Role.PROGRAM_MANAGER) && !user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Reviewing reports is for program managers of the lead agency and administrators");
        }
        return user;
    }

    private static void checkLength(String field, String text) {
        if (text != null && text.length() > MAX_NOTE_LENGTH) {
            throw new ReportRejectedException(ReportViolation.invalid(field, "is longer than " + MAX_NOTE_LENGTH
                    + " characters"));
        }
    }
}
