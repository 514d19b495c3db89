package org.policytracker.uptake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestOrders;
import org.policytracker.support.TestOrders.TestOrder;
import org.policytracker.uptake.query.AcceptedUptakeQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The rules of reporting as an association and a lead agency meet them: what a report must satisfy,
 * drafts, submissions and corrections as a revision chain, acceptance by the lead agency only, and
 * what the metrics see. Measures and periods are the class's own; each test reports in a period
 * of its own, so that it sees only its own reports.
 */
@PolicyTrackerTest
class ReportingServiceTest {

    private static String open;
    private static String chain;
    private static String reviewPeriod;
    private static String closed;
    private static String closable;
    private static String paging;
    private static String defense; // directive led by CISA
    private static String clearinghouse; // directive led by DHS
    private static String frontier; // for frontier AI developers only

    @Autowired
    SignedIn signedIn;
    @Autowired
    ReportingService reporting;
    @Autowired
    ReportReviewService review;
    @Autowired
    AcceptedUptakeQueries figures;
    @Autowired
    ReportingFixtures fixtures;
    @Autowired
    ReportingPeriodService periodService;

    @BeforeAll
    static void createOrder(@Autowired TestOrders orders) {
        TestOrder order = orders.order("REPORTING").directive("CISA", "cisa").directive("DHS", "dhs")
                .directive("NSA", "nsa")
                .measure("DEFENSE", "CISA", "healthcare", "finance", "state-local-government")
                .measure("CLEARINGHOUSE", "DHS", "transportation")
                .measure("FRONTIER", "NSA", "frontier-ai")
                .period("OPEN", PeriodStatus.OPEN).period("CHAIN", PeriodStatus.OPEN)
                .period("REVIEW", PeriodStatus.OPEN).period("CLOSED", PeriodStatus.CLOSED)
                .period("CLOSABLE", PeriodStatus.OPEN).period("PAGING", PeriodStatus.OPEN).create();
        paging = order.period("PAGING");
        open = order.period("OPEN");
        chain = order.period("CHAIN");
        reviewPeriod = order.period("REVIEW");
        closed = order.period("CLOSED");
        closable = order.period("CLOSABLE");
        defense = order.measure("DEFENSE");
        clearinghouse = order.measure("CLEARINGHOUSE");
        frontier = order.measure("FRONTIER");
    }

    private static ReportInput input(String measure, String sector, String period, Integer eligible,
            Integer participating, Integer verified) {
        return new ReportInput(measure, sector, period, eligible, participating, verified, "survey", List.of());
    }

    private List<ReportViolation> refusal(String user, ReportInput input) {
        try {
            signedIn.as(user, () -> reporting.submit(input));
        } catch (ReportRejectedException rejected) {
            return rejected.violations();
        }
        throw new AssertionError("expected " + input + " to be refused");
    }

    @Test
    void everyRuleOfAReportIsCheckedAndARefusedReportWritesNothing() {
        long before = fixtures.revisions("hospital-assoc", open);
        assertThat(refusal("reporter.health", input(defense, "healthcare", open, 10, 11, 2)))
                .extracting(ReportViolation::field, ReportViolation::kind)
                .containsExactly(tuple("participatingCount", ReportViolation.Kind.INVALID));
        assertThat(refusal("reporter.health", input(defense, "healthcare", open, 10, 5, 6)))
                .extracting(ReportViolation::field).containsExactly("verifiedCount");
        assertThat(refusal("reporter.health", input(defense, "healthcare", open, -1, null, 0)))
                .extracting(ReportViolation::field).containsExactly("eligibleCount", "participatingCount");
        assertThat(refusal("reporter.health", input("M-NOPE", "atlantis", "NO-SUCH-PERIOD", 1, 1, 1)))
                .extracting(ReportViolation::field).containsExactly("measure", "sector", "period");
        assertThat(refusal("reporter.health", input(defense, "finance", open, 1, 1, 1)))
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("sector");
                    assertThat(v.kind()).isEqualTo(ReportViolation.Kind.NOT_YOURS);
                });
        assertThat(refusal("reporter.health", input(frontier, "healthcare", open, 1, 1, 1)))
                .singleElement().satisfies(v -> assertThat(v.message()).contains("does not apply to sector"));
        assertThat(refusal("reporter.health", input(defense, "healthcare", closed, 1, 1, 1)))
                .singleElement().satisfies(v -> assertThat(v.kind()).isEqualTo(ReportViolation.Kind.PERIOD_NOT_OPEN));
        assertThat(refusal("reporter.health", new ReportInput(defense, "healthcare", open, 3, 2, 1, null,
                List.of(new EvidenceLink("Survey", "javascript:alert(1)")))))
                .extracting(ReportViolation::field).containsExactly("evidenceLinks[0].url");
        assertThat(fixtures.revisions("hospital-assoc", open)).isEqualTo(before);

        assertThatThrownBy(() -> signedIn.as("pm.cisa", () -> reporting.submit(input(defense, "healthcare", open, 1, 1, 1))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theReportListIsReadAPageAtATimeInTheSameOrderAsTheWholeList() {
        signedIn.as("reporter.health", () -> reporting.submit(input(defense, "healthcare", paging, 50, 10, 2)));
        signedIn.as("reporter.health", () -> reporting.submit(input(defense, "healthcare", paging, 50, 12, 3)));

        List<ReportRow> whole = signedIn.as("reporter.health", () -> reporting.myReports());
        List<ReportRow> paged = new java.util.ArrayList<>();
        for (int page = 0; paged.size() < whole.size() && page <= whole.size(); page++) {
            var request = org.springframework.data.domain.PageRequest.of(page, 3);
            paged.addAll(signedIn.as("reporter.health", () -> reporting.myReports(request)));
        }
        assertThat(paged).as("pages of three, newest period first, neither repeating nor skipping a report")
                .isEqualTo(whole);
        assertThat(signedIn.as("reporter.health", () -> reporting.countMyReports())).isEqualTo(whole.size());
        assertThat(whole).filteredOn(row -> row.periodCode().equals(paging)).extracting(ReportRow::status)
                .containsExactly(ReportStatus.SUBMITTED, ReportStatus.SUPERSEDED);

        var byStatus = org.springframework.data.domain.PageRequest.of(0, whole.size(),
                org.springframework.data.domain.Sort.by("status").descending());
        assertThat(signedIn.as("reporter.health", () -> reporting.myReports(byStatus)))
                .extracting(row -> row.status().name()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        var byAnything = org.springframework.data.domain.PageRequest.of(0, 3,
                org.springframework.data.domain.Sort.by("evidenceNote"));
        assertThatThrownBy(() -> signedIn.as("reporter.health", () -> reporting.myReports(byAnything)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be sorted by evidenceNote");
    }

    @Test
    void aCorrectionIsANewRevisionAndTheMetricsSeeOnlyTheLatestAcceptedOne() {
        ReportRow draft = signedIn.as("reporter.health", () -> reporting.saveDraft(input(defense, "healthcare", chain, 100, 30, 5)));
        assertThat(draft.status()).isEqualTo(ReportStatus.DRAFT);
        ReportRow changedDraft = signedIn.as("reporter.health", () -> reporting.saveDraft(input(defense, "healthcare", chain, 100, 35, 5)));
        assertThat(changedDraft.id()).isEqualTo(draft.id());
        assertThat(changedDraft.revision()).isEqualTo(1);

        ReportRow first = signedIn.as("reporter.health", () -> reporting.submit(input(defense, "healthcare", chain, 100, 40, 10)));
        assertThat(first.id()).isEqualTo(draft.id());
        assertThat(first.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(figures.accepted(chain)).isEmpty(); // submitted is not accepted

        signedIn.as("pm.cisa", () -> review.accept(first.id(), "Matches the survey"));
        assertThat(figures.accepted(chain)).singleElement().satisfies(f -> {
            assertThat(f.participatingCount()).isEqualTo(40);
            assertThat(f.verifiedCount()).isEqualTo(10);
        });

        ReportRow correction = signedIn.as("reporter.health", () -> reporting.submit(input(defense, "healthcare", chain, 100, 55, 20)));
        assertThat(correction.revision()).isEqualTo(2);
        assertThat(correction.supersedesId()).isEqualTo(first.id());

        List<ReportRow> history = signedIn.as("reporter.health", () -> reporting.history(defense, "healthcare", chain));
        assertThat(history).extracting(ReportRow::revision, ReportRow::status, ReportRow::participatingCount)
                .containsExactly(tuple(2, ReportStatus.SUBMITTED, 55),
                        tuple(1, ReportStatus.SUPERSEDED, 40));
        assertThat(history.get(1).reviewedBy()).isEqualTo("pm.cisa");
        assertThat(figures.accepted(chain)).isEmpty(); // the accepted revision was superseded, the new one not yet accepted

        signedIn.as("pm.cisa", () -> review.accept(correction.id(), null));
        assertThat(figures.accepted(chain)).singleElement().satisfies(f -> {
            assertThat(f.participatingCount()).isEqualTo(55);
            assertThat(f.reports()).isEqualTo(1);
        });
        assertThat(fixtures.status("hospital-assoc", defense, "healthcare", chain, 1)).isEqualTo("SUPERSEDED");
        assertThat(fixtures.status("hospital-assoc", defense, "healthcare", chain, 2)).isEqualTo("ACCEPTED");
    }

    @Test
    void onlyTheLeadAgencyOrAnAdministratorReviewsAndASendBackNeedsAReason() {
        ReportRow submitted = signedIn.as("reporter.infra", () -> reporting.submit(input(clearinghouse, "transportation", reviewPeriod, 80, 20, 4)));

        // DHS leads the Clearinghouse directive: its manager sees the report of another tenant; Treasury's does not.
        assertThat(signedIn.as("pm.dhs", review::awaitingReview)).extracting(ReportRow::id).contains(submitted.id());
        assertThat(signedIn.as("pm.treasury", review::awaitingReview)).extracting(ReportRow::id).doesNotContain(submitted.id());
        assertThat(signedIn.as("pm.cisa", review::awaitingReview)).extracting(ReportRow::measureCode).doesNotContain(clearinghouse);
        assertThat(signedIn.as("admin", review::awaitingReview)).extracting(ReportRow::id).contains(submitted.id());
        assertThatThrownBy(() -> signedIn.as("reporter.infra", review::awaitingReview)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("pm.treasury", () -> review.accept(submitted.id(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.status("infra-assoc", clearinghouse, "transportation", reviewPeriod, 1)).isEqualTo("SUBMITTED");

        assertThatThrownBy(() -> signedIn.as("pm.dhs", () -> review.sendBack(submitted.id(), "  ")))
                .isInstanceOf(ReportRejectedException.class).hasMessageContaining("reason");
        ReportRow returned = signedIn.as("pm.dhs", () -> review.sendBack(submitted.id(), "Verified count lacks evidence"));
        assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(returned.reviewedBy()).isEqualTo("pm.dhs");
        assertThat(signedIn.as("reporter.infra", reporting::obligations))
                .filteredOn(o -> o.periodCode().equals(reviewPeriod) && o.measureCode().equals(clearinghouse)
                        && o.sectorId().equals("transportation"))
                .singleElement().satisfies(o -> assertThat(o.state()).isEqualTo(Obligation.State.RETURNED));
        assertThat(signedIn.as("reporter.infra", () -> reporting.history(clearinghouse, "transportation", reviewPeriod)))
                .singleElement().satisfies(r -> assertThat(r.reviewNote()).isEqualTo("Verified count lacks evidence"));

        assertThatThrownBy(() -> signedIn.as("admin", () -> review.accept(submitted.id(), null)))
                .isInstanceOf(ReportRejectedException.class).hasMessageContaining("not waiting for review");
        // The association corrects it: a new revision goes back into the lead agency's queue.
        ReportRow corrected = signedIn.as("reporter.infra", () -> reporting.submit(input(clearinghouse, "transportation", reviewPeriod, 80, 20, 2)));
        assertThat(corrected.revision()).isEqualTo(2);
        assertThat(signedIn.as("admin", () -> review.accept(corrected.id(), "ok")).status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(fixtures.status("infra-assoc", clearinghouse, "transportation", reviewPeriod, 2)).isEqualTo("ACCEPTED");
    }

    @Test
    void anAdministratorClosesAPeriodAndItTakesNoMoreReports() {
        String period = closable; // only this test changes its status
        assertThatThrownBy(() -> signedIn.as("pm.cisa", () -> periodService.setStatus(period, PeriodStatus.CLOSED)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as("admin", () -> periodService.setStatus(period, PeriodStatus.CLOSED)).status())
                .isEqualTo(PeriodStatus.CLOSED);
        assertThat(refusal("reporter.slg", input(defense, "state-local-government", period, 5, 4, 3)))
                .singleElement().satisfies(v -> assertThat(v.kind()).isEqualTo(ReportViolation.Kind.PERIOD_NOT_OPEN));
        signedIn.as("admin", () -> periodService.setStatus(period, PeriodStatus.OPEN));
        assertThat(signedIn.as("reporter.slg", () -> reporting.submit(input(defense, "state-local-government", period, 5, 4, 3)))
                .status()).isEqualTo(ReportStatus.SUBMITTED);
    }
}
