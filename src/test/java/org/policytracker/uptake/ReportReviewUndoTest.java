package org.policytracker.uptake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policytracker.gap.ReportTotals;
import org.policytracker.security.CurrentUser;
import org.policytracker.support.MovingClock;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestOrders;
import org.policytracker.support.TestOrders.TestOrder;
import org.policytracker.tenant.TenantTransactions;
import org.policytracker.uptake.query.AcceptedUptakeQueries;
import org.policytracker.uptake.repository.ParticipationReportRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * A reviewer's recent decisions and their undoing: undone within the window by whoever decided, the
 * revision waits for review again and leaves the gap figures; refused after the window, for someone
 * else's decision, and once the association has started a correction. And the previous revision a
 * correction replaces, with what happened to it. The review service runs on a clock the test moves,
 * starting at the application's fixed instant; CISA leads the class's own measure, one period per test.
 */
@PolicyTrackerTest
class ReportReviewUndoTest {

    private static TestOrder order;

    @Autowired
    SignedIn signedIn;
    @Autowired
    TestOrders orders;
    @Autowired
    ReportingService reporting;
    @Autowired
    ReportReviewService configured;
    @Autowired
    AcceptedUptakeQueries accepted;
    @Autowired
    JdbcClient jdbc;

    private MovingClock clock;
    private ReportReviewService review;

    @BeforeAll
    static void createOrder(@Autowired TestOrders orders) {
        order = orders.order("UNDO").directive("CISA", "cisa").measure("M", "CISA", "healthcare")
                .period("WITHIN", PeriodStatus.OPEN).period("LATE", PeriodStatus.OPEN)
                .period("OTHERS", PeriodStatus.OPEN).period("CORRECT", PeriodStatus.OPEN)
                .period("PREVIOUS", PeriodStatus.OPEN).create();
    }

    /** The review service as the application wires it (same undo window), on a clock of the test's own. */
    @BeforeEach
    void reviewOnAClockTheTestMoves(@Autowired Clock applicationClock, @Autowired ParticipationReportRepository reports,
            @Autowired CurrentUser currentUser, @Autowired TenantTransactions tenants,
            @Autowired ApplicationEventPublisher events) {
        clock = new MovingClock(applicationClock.instant());
        review = new ReportReviewService(reports, currentUser, clock, tenants, events, configured.undoWindow());
    }

    private ReportRow report(String period, int eligible, int participating, int verified) {
        return orders.report("reporter.health", order.measure("M"), "healthcare", period, eligible, participating,
                verified);
    }

    private DecidedReport decidedAs(String reviewer, long reportId) {
        return signedIn.as(reviewer, review::decidedRecently).stream().filter(d -> d.report().id() == reportId)
                .findFirst().orElseThrow(() -> new AssertionError(reviewer + " does not see " + reportId + " decided"));
    }

    private String undoRefusal(String reviewer, long reportId) {
        try {
            signedIn.as(reviewer, () -> review.undo(reportId));
        } catch (ReportRejectedException refused) {
            assertThat(refused.kind()).isEqualTo(ReportViolation.Kind.CONFLICT);
            return refused.violations().getFirst().message();
        }
        throw new AssertionError("expected the undo of " + reportId + " by " + reviewer + " to be refused");
    }

    /**
     * The accepted totals the gap metrics read for the report's measure, sector and period (the rollup that the
     * report table's triggers keep).
     */
    private ReportTotals rollupTotals(long reportId) {
        return jdbc.sql("SELECT g.reports, g.eligible, g.participating, g.verified FROM gap_uptake_rollup g "
                + "JOIN participation_report r ON g.period_id = r.period_id AND g.measure_id = r.measure_id "
                + "AND g.sector_id = r.sector_id WHERE r.id = ?").param(reportId)
                .query((rs, n) -> new ReportTotals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .optional().filter(totals -> totals.reports() > 0).orElse(ReportTotals.NONE);
    }

    @Test
    void aDecisionUndoneWithinTheWindowWaitsForReviewAgainAndLeavesTheGapFigures() {
        assertThat(configured.undoWindow()).as("the default window").isEqualTo(Duration.ofMinutes(10));
        String period = order.period("WITHIN");
        ReportRow report = report(period, 100, 40, 10);
        Instant decidedAt = clock.instant();
        signedIn.run("pm.cisa", () -> review.accept(report.id(), "Matches the survey"));
        assertThat(rollupTotals(report.id())).isEqualTo(new ReportTotals(1, 100, 40, 10));
        DecidedReport decided = decidedAs("pm.cisa", report.id());
        assertThat(decided.decision()).isEqualTo(new ReviewDecision(ReportStatus.ACCEPTED, "pm.cisa", decidedAt,
                "Matches the survey"));
        assertThat(decided.undoableUntil()).isEqualTo(decidedAt.plus(Duration.ofMinutes(10)));
        assertThat(decided.corrected()).isFalse();

        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        ReportRow undone = signedIn.as("pm.cisa", () -> review.undo(report.id()));

        assertThat(undone.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(undone.reviewedBy()).isNull();
        assertThat(undone.reviewedAt()).isNull();
        assertThat(undone.reviewNote()).isNull();
        assertThat(signedIn.as("pm.cisa", review::awaitingReview)).extracting(ReportRow::id).contains(report.id());
        assertThat(signedIn.as("pm.cisa", review::decidedRecently)).extracting(d -> d.report().id())
                .doesNotContain(report.id());
        assertThat(rollupTotals(report.id())).isEqualTo(ReportTotals.NONE);
        assertThat(accepted.accepted(period)).isEmpty();
        // audited like the decision: the revision's trail keeps it, and the activity says who undid it
        assertThat(jdbc.sql("SELECT status FROM participation_report_aud WHERE id = ? ORDER BY rev")
                .param(report.id()).query(String.class).list()).containsExactly("SUBMITTED", "ACCEPTED", "SUBMITTED");
        assertThat(jdbc.sql("SELECT actor, summary FROM activity WHERE item_type = 'REPORT' AND item_id = ? ORDER BY id")
                .param(report.id()).query((rs, n) -> rs.getString(1) + ": " + rs.getString(2)).list())
                .last().asString().startsWith("pm.cisa: undid the decision");

        // decided again, it counts again
        signedIn.run("pm.cisa", () -> review.accept(report.id(), null));
        assertThat(rollupTotals(report.id())).isEqualTo(new ReportTotals(1, 100, 40, 10));
    }

    @Test
    void afterTheWindowTheDecisionStays() {
        ReportRow report = report(order.period("LATE"), 80, 20, 4);
        signedIn.run("pm.cisa", () -> review.sendBack(report.id(), "Verified count lacks evidence"));

        clock.advance(Duration.ofMinutes(10));

        assertThat(decidedAs("pm.cisa", report.id()).undoable()).isFalse();
        assertThat(undoRefusal("pm.cisa", report.id())).contains("only within 10 minutes");
        assertThat(signedIn.as("pm.cisa", () -> review.subject(report.id())).orElseThrow().report())
                .extracting(ReportRow::status, ReportRow::reviewNote)
                .containsExactly(ReportStatus.RETURNED, "Verified count lacks evidence");
    }

    @Test
    void onlyWhoeverDecidedMayUndoIt() {
        String period = order.period("OTHERS");
        ReportRow report = report(period, 60, 30, 30);
        signedIn.run("pm.cisa", () -> review.accept(report.id(), null));

        assertThat(decidedAs("pm.cisa", report.id()).undoable()).isTrue();
        DecidedReport seenByAdmin = decidedAs("admin", report.id());
        assertThat(seenByAdmin.undoable()).isFalse();
        assertThat(seenByAdmin.decision().by()).isEqualTo("pm.cisa");
        assertThat(undoRefusal("admin", report.id())).contains("only the person who decided can undo it");
        // another agency's manager is not a reviewer of this report at all
        assertThatThrownBy(() -> signedIn.as("pm.dhs", () -> review.undo(report.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as("pm.dhs", review::decidedRecently)).extracting(d -> d.report().id())
                .doesNotContain(report.id());
        assertThat(accepted.accepted(period)).singleElement()
                .satisfies(figures -> assertThat(figures.participatingCount()).isEqualTo(30));
    }

    @Test
    void onceTheAssociationStartsACorrectionTheDecisionStays() {
        String period = order.period("CORRECT");
        ReportRow first = report(period, 50, 20, 5);
        signedIn.run("pm.cisa", () -> review.sendBack(first.id(), "Which survey?"));
        // a draft of the correction is enough: the association is already working from the decision
        signedIn.run("reporter.health", () -> reporting.saveDraft(new ReportInput(order.measure("M"), "healthcare",
                period, 50, 20, 5, "Member survey of March", List.of())));

        assertThat(undoRefusal("pm.cisa", first.id())).contains("already started its correction (revision 2)");
        DecidedReport decided = decidedAs("pm.cisa", first.id());
        assertThat(decided.corrected()).isTrue();
        assertThat(decided.undoable()).isFalse();

        ReportRow second = signedIn.as("reporter.health", () -> reporting.submit(new ReportInput(order.measure("M"),
                "healthcare", period, 50, 20, 5, "Member survey of March", List.of())));
        // superseded now, the first revision is still listed with the decision it had
        DecidedReport superseded = decidedAs("pm.cisa", first.id());
        assertThat(superseded.report().status()).isEqualTo(ReportStatus.SUPERSEDED);
        assertThat(superseded.decision().outcome()).isEqualTo(ReportStatus.RETURNED);
        assertThat(undoRefusal("pm.cisa", first.id())).contains("already started its correction (revision 2)");
        assertThat(undoRefusal("pm.cisa", second.id())).contains("revision 2 is submitted: there is no decision to undo");
    }

    @Test
    void aCorrectionShowsThePreviousRevisionAndWhatHappenedToIt() {
        String period = order.period("PREVIOUS");
        ReportRow first = report(period, 100, 40, 10);
        Instant decidedAt = clock.instant();
        signedIn.run("pm.cisa", () -> review.accept(first.id(), "Matches the survey"));
        ReportRow second = report(period, 100, 55, 20);
        assertThat(signedIn.as("pm.cisa", () -> review.previousRevision(first.id()))).isEmpty();

        PreviousRevision previous = signedIn.as("pm.cisa", () -> review.previousRevision(second.id())).orElseThrow();
        assertThat(previous.revision()).extracting(ReportRow::revision, ReportRow::eligibleCount,
                ReportRow::participatingCount, ReportRow::verifiedCount).containsExactly(1, 100, 40, 10);
        // superseded by the correction, it was accepted before: the audit trail says so
        assertThat(previous.revision().status()).isEqualTo(ReportStatus.SUPERSEDED);
        assertThat(previous.decision()).isEqualTo(new ReviewDecision(ReportStatus.ACCEPTED, "pm.cisa", decidedAt,
                "Matches the survey"));

        signedIn.run("pm.cisa", () -> review.sendBack(second.id(), "Verified count doubled without evidence"));
        ReportRow third = report(period, 100, 55, 12);
        assertThat(signedIn.as("pm.cisa", () -> review.previousRevision(third.id())).orElseThrow().decision())
                .extracting(ReviewDecision::outcome, ReviewDecision::note)
                .containsExactly(ReportStatus.RETURNED, "Verified count doubled without evidence");
        // the same policy as the report itself: its association sees it, another agency's manager does not
        assertThat(signedIn.as("reporter.health", () -> review.previousRevision(third.id()))).isPresent();
        assertThat(signedIn.as("pm.treasury", () -> review.previousRevision(third.id()))).isEmpty();

        ReportRow fourth = report(period, 100, 56, 12);
        PreviousRevision unreviewed = signedIn.as("pm.cisa", () -> review.previousRevision(fourth.id())).orElseThrow();
        assertThat(unreviewed.revision().revision()).isEqualTo(3);
        assertThat(unreviewed.decision()).as("replaced before anyone reviewed it").isNull();
    }
}
