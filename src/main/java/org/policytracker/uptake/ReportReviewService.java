package org.policytracker.uptake;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.policytracker.audit.Actor;
import org.policytracker.collab.ItemChanged;
import org.policytracker.collab.ItemRef;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.Role;
import org.policytracker.security.TenantUser;
import org.policytracker.tenant.TenantContext;
import org.policytracker.uptake.repository.ParticipationReportRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Acceptance of submitted reports by the lead agency of the measure's directive (its program
 * managers) or an administrator. Reports belong to the associations' tenants, so this is an
 * explicit cross-tenant path, narrower than {@link org.policytracker.tenant.CrossTenantReader}:
 * <ul>
 * <li>reading runs in a new read-only transaction across tenants, and its query is always limited
 * to submitted reports of measures whose directive the reviewer's own agency leads (every agency
 * for administrators);</li>
 * <li>a decision first checks that rule for the one report, then writes it inside the owning
 * association's tenant scope, attributed to the reviewer.</li>
 * </ul>
 */
@Service
public class ReportReviewService {

    static final int MAX_NOTE_LENGTH = 2000;

    private final ParticipationReportRepository reports;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate readAcross;
    private final TransactionTemplate write;
    private final ApplicationEventPublisher reviewed;

    ReportReviewService(ParticipationReportRepository reports, CurrentUser currentUser, Clock clock,
            PlatformTransactionManager transactions, ApplicationEventPublisher reviewed) {
        this.reports = reports;
        this.reviewed = reviewed;
        this.currentUser = currentUser;
        this.clock = clock;
        this.readAcross = new TransactionTemplate(transactions);
        this.readAcross.setReadOnly(true);
        this.readAcross.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.write = new TransactionTemplate(transactions);
        this.write.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Submitted reports the signed-in reviewer may accept or send back, oldest submission first. */
    public List<ReportRow> awaitingReview() {
        TenantUser reviewer = requireReviewer();
        String leadAgency = reviewer.hasRole(Role.ADMIN) ? null : reviewer.tenantId();
        return acrossAssociations(() -> reports.findAwaitingReview(leadAgency).stream().map(ReportRow::of).toList());
    }

    /**
     * A report for the people who may discuss it: its association, program managers of the lead
     * agency, oversight viewers and administrators. Empty for anyone else, as if it did not exist.
     */
    public Optional<ReportSubject> subject(long reportId) {
        TenantUser user = currentUser.require();
        return acrossAssociations(() -> reports.findReviewTarget(reportId).filter(target ->
                user.tenantId().equals(target.association()) || user.readsAcrossTenants()
                        || user.hasRole(Role.PROGRAM_MANAGER) && user.tenantId().equals(target.leadAgency()))
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
        ReviewTarget target = acrossAssociations(() -> reports.findReviewTarget(reportId))
                .orElseThrow(() -> new ReportRejectedException(ReportViolation.invalid("report",
                        "no participation report " + reportId)));
        if (!reviewer.hasRole(Role.ADMIN) && !target.leadAgency().equals(reviewer.tenantId())) {
            throw new AccessDeniedException("Only the lead agency of the measure's directive or an administrator "
                    + "reviews this report");
        }
        try {
            return TenantContext.callAs(target.association(), () -> write.execute(status -> {
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
            }));
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            throw new ReportRejectedException(new ReportViolation("status", "this report was changed at the same time "
                    + "by someone else; reload the list", ReportViolation.Kind.CONFLICT));
        }
    }

    private <T> T acrossAssociations(Supplier<T> query) {
        return TenantContext.callAs(TenantContext.ALL_TENANTS, () -> readAcross.execute(status -> query.get()));
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
