package org.policytracker.uptake;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
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
 */
@Service
public class ReportReviewService {

    public static final int MAX_NOTE_LENGTH = 2000;

    private final ParticipationReportRepository reports;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TenantTransactions tenants;
    private final ApplicationEventPublisher reviewed;

    ReportReviewService(ParticipationReportRepository reports, CurrentUser currentUser, Clock clock,
            TenantTransactions tenants, ApplicationEventPublisher reviewed) {
        this.reports = reports;
        this.reviewed = reviewed;
        this.currentUser = currentUser;
        this.clock = clock;
        this.tenants = tenants;
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

    /** Accepts a submitted revision: from now on it counts in the metrics. */
    public ReportRow accept(long reportId, String note) {
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        checkLength("note", cleanNote);
        return decide(reportId, report -> report.accept(Actor.current(), Instant.now(clock), cleanNote));
    }

    /** Sends a submitted revision back to its association with the reason; it does not count in metrics. */
    public ReportRow sendBack(long reportId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ReportRejectedException(ReportViolation.invalid("reason",
                    "is required: tell the association what to correct"));
        }
        checkLength("reason", reason.strip());
        return decide(reportId, report -> report.sendBack(Actor.current(), Instant.now(clock), reason.strip()));
    }

    private ReportRow decide(long reportId, Consumer<ParticipationReport> decision) {
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
                if (report.getStatus() != ReportStatus.SUBMITTED) {
                    throw new ReportRejectedException(new ReportViolation("status", "revision " + report.getRevision()
                            + " is " + report.getStatus().name().toLowerCase() + ", not waiting for review",
                            ReportViolation.Kind.CONFLICT));
                }
                decision.accept(report);
                reports.flush();
                ReportRow row = ReportRow.of(report);
                reviewed.publishEvent(new ItemChanged(ItemRef.report(row.id()), row.association(), null,
                        row.measureCode() + " · " + row.sectorName() + " · " + row.periodCode(), Actor.current(),
                        row.status() == ReportStatus.ACCEPTED ? "accepted the report" : "sent the report back"));
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
