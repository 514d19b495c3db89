package org.policytracker.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every gap metric on the hand-worked fixture of {@link GapFixture}, as of 2026-11-22, period
 * 2026-Q3, default weights (execution 0.30, schedule 0.20, uptake 0.25, verification 0.10,
 * coverage 0.10, staleness 0.05). The expected numbers are worked out in the comments.
 */
@PolicyTrackerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(GapFixture.Lifecycle.class)
class GapMetricsServiceTest {

    private static final Offset<Double> EXACT = within(1e-9);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    GapMetricsService metrics;
    @Autowired
    SignedIn signedIn;
    @Autowired
    GapSnapshots snapshots;

    GapFixture fx;

    private GapDashboard dashboard(GapFilter filter) {
        return signedIn.as("viewer.congress", () -> metrics.dashboard(filter, GapFixture.AS_OF));
    }

    private static DirectiveGap directive(GapDashboard dashboard, long id) {
        return dashboard.directives().stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }

    @Test
    void directiveWithTasksAndReportsHasEveryMetricAsWorkedOutByHand() {
        GapDashboard dashboard = dashboard(fx.filter());
        assertThat(dashboard.period().code()).isEqualTo("2026-Q3");
        DirectiveGap a = directive(dashboard, fx.directiveA);
        TaskFigures t = a.tasks();
        assertThat(t.tasks()).isEqualTo(4);
        assertThat(t.execution()).isCloseTo((100 + 50 + 0 + 100) / 4.0, EXACT); // 62.5
        assertThat(t.openTasks()).isEqualTo(2);
        assertThat(t.overdueTasks()).isEqualTo(2); // A2 10 days, A3 30 days late
        assertThat(t.medianDaysLate()).isCloseTo(20.0, EXACT);
        assertThat(t.maxDaysLate()).isEqualTo(30);
        assertThat(t.onTimeRate()).isCloseTo(50.0, EXACT); // A1 on time, A4 late
        assertThat(t.meanStaleDays()).isCloseTo((20 + 90) / 2.0, EXACT);
        assertThat(t.maxStaleDays()).isEqualTo(90);
        assertThat(t.staleOpenTasks()).isEqualTo(1); // 90 > 30 days, 20 is not
        assertThat(t.recentCompletions()).isEqualTo(2); // A1 and A4 within 90 days

        // MA: S1 = assoc-1 rev 2 (100/40/10) + assoc-2 (100/20/20); S2 = 0/0/0; S3 no report.
        // The superseded revision and the draft never count.
        assertThat(a.reports()).isEqualTo(new ReportTotals(3, 200, 60, 30));
        assertThat(a.reports().uptake()).isCloseTo(30.0, EXACT);
        assertThat(a.reports().verificationGap()).isEqualTo(30);
        assertThat(a.eligiblePairs()).isEqualTo(3);
        assertThat(a.uncoveredPairs()).isEqualTo(1);

        assertThat(a.components()).containsOnlyKeys(GapComponent.values());
        assertThat(a.components().get(GapComponent.EXECUTION)).isCloseTo(37.5, EXACT);
        assertThat(a.components().get(GapComponent.SCHEDULE)).isCloseTo(50.0, EXACT); // 2 of 4 overdue
        assertThat(a.components().get(GapComponent.STALENESS)).isCloseTo(50.0, EXACT); // 1 of 2 open
        assertThat(a.components().get(GapComponent.UPTAKE)).isCloseTo(50.0, EXACT); // (60 - 30) / 60
        assertThat(a.components().get(GapComponent.VERIFICATION)).isCloseTo(50.0, EXACT); // 30 / 60
        assertThat(a.components().get(GapComponent.COVERAGE)).isCloseTo(100.0 / 3, EXACT);
        // 0.30 x 37.5 + 0.20 x 50 + 0.25 x 50 + 0.10 x 50 + 0.10 x 33.33 + 0.05 x 50 = 44.5833
        assertThat(a.gapIndex()).isCloseTo(11.25 + 10 + 12.5 + 5 + 10.0 / 3 + 2.5, within(1e-9));
        assertThat(a.status()).isEqualTo(DirectiveStatus.AT_RISK);
        // 2 completions in 90 days: 2 open tasks take 90 days -> 2027-02-20, 39 days before 2027-03-31
        assertThat(a.forecast().projectedOn()).isEqualTo(LocalDate.of(2027, 2, 20));
        assertThat(a.forecast().daysLate()).isEqualTo(-39);
        assertThat(a.forecast().tasksPerWeek()).isCloseTo(2.0 / 90 * 7, EXACT);
    }

    @Test
    void zeroEligibleIsUndefinedUptakeButCountsAsCovered() {
        MeasureUptake ma = dashboard(fx.filter()).measures().stream().filter(m -> m.id() == fx.measureA).findFirst()
                .orElseThrow();
        Map<String, UptakeCell> cells = new java.util.HashMap<>();
        ma.cells().forEach(cell -> cells.put(cell.sectorId(), cell));
        assertThat(cells.get("fx-s1").totals()).isEqualTo(new ReportTotals(2, 200, 60, 30));
        assertThat(cells.get("fx-s2").totals()).isEqualTo(new ReportTotals(1, 0, 0, 0));
        assertThat(cells.get("fx-s2").totals().uptake()).isNull();
        assertThat(cells.get("fx-s2").covered()).isTrue();
        assertThat(cells.get("fx-s3").covered()).isFalse();
        assertThat(ma.uptakeGap()).isCloseTo(30.0, EXACT); // 60 - 30 points
        assertThat(ma.uncoveredSectors()).isEqualTo(1);
    }

    @Test
    void allDoneDirectiveHasNoGap() {
        DirectiveGap b = directive(dashboard(fx.filter()), fx.directiveB);
        assertThat(b.tasks().execution()).isCloseTo(100.0, EXACT);
        assertThat(b.tasks().overdueTasks()).isZero();
        assertThat(b.tasks().medianDaysLate()).isNull();
        assertThat(b.tasks().onTimeRate()).isCloseTo(100.0, EXACT);
        assertThat(b.tasks().meanStaleDays()).isNull(); // no open task
        assertThat(b.components()).containsOnlyKeys(GapComponent.EXECUTION, GapComponent.SCHEDULE, GapComponent.STALENESS)
                .allSatisfy((component, value) -> assertThat(value).isZero());
        assertThat(b.gapIndex()).isCloseTo(0.0, EXACT);
        assertThat(b.status()).isEqualTo(DirectiveStatus.ON_TRACK);
        assertThat(b.forecast().complete()).isTrue();
    }

    @Test
    void allOverdueDirectiveWithoutReportsScoresOneHundred() {
        DirectiveGap c = directive(dashboard(fx.filter()), fx.directiveC);
        assertThat(c.tasks().overdueTasks()).isEqualTo(2); // C1 52 days, C2 21 days late
        assertThat(c.tasks().medianDaysLate()).isCloseTo(36.5, EXACT);
        assertThat(c.tasks().maxDaysLate()).isEqualTo(52);
        assertThat(c.tasks().onTimeRate()).isNull(); // nothing done
        assertThat(c.tasks().staleOpenTasks()).isEqualTo(2); // 144 and 52 days
        assertThat(c.tasks().maxStaleDays()).isEqualTo(144);
        // MC has no report at all: uptake counts as 0 (shortfall 100), coverage 1 of 1 missing,
        // verification undefined (nobody participating)
        assertThat(c.reports()).isEqualTo(ReportTotals.NONE);
        assertThat(c.components()).doesNotContainKey(GapComponent.VERIFICATION);
        assertThat(c.components().values()).allSatisfy(value -> assertThat(value).isCloseTo(100.0, EXACT));
        assertThat(c.gapIndex()).isCloseTo(100.0, EXACT);
        assertThat(c.status()).isEqualTo(DirectiveStatus.OFF_TRACK);
        assertThat(c.forecast().projectedOn()).isNull(); // no completion in the window
    }

    @Test
    void directiveWithoutTasksOrMeasuresHasNoData() {
        DirectiveGap d = directive(dashboard(fx.filter()), fx.directiveD);
        assertThat(d.components()).isEmpty();
        assertThat(d.gapIndex()).isNull();
        assertThat(d.status()).isEqualTo(DirectiveStatus.NO_DATA);
    }

    @Test
    void headlineAddsUpTheDirectives() {
        Headline h = dashboard(fx.filter()).headline();
        assertThat(List.of(h.onTrack(), h.atRisk(), h.offTrack(), h.noData())).containsExactly(1L, 1L, 1L, 1L);
        assertThat(h.gapIndex()).isCloseTo((44.583333333333336 + 0 + 100) / 3, within(1e-9));
        assertThat(h.overdueTasks()).isEqualTo(4);
        assertThat(h.openTasks()).isEqualTo(4);
        assertThat(h.reports()).isEqualTo(new ReportTotals(3, 200, 60, 30));
        assertThat(h.measuresWithUptake()).isEqualTo(1); // MC has nobody eligible
        assertThat(h.measuresAtTarget()).isZero();
    }

    @Test
    void trendHasEachPeriodUpToTheSelectedOne() {
        List<PeriodTrend> trend = dashboard(fx.filter()).trend();
        // the calendar may hold quarters before 2026-Q2 (shared data): the fixture has nothing in them
        assertThat(trend).extracting(PeriodTrend::code).endsWith("2026-Q2", "2026-Q3").isSorted();
        PeriodTrend q3 = trend.getLast();
        assertThat(trend.subList(0, trend.size() - 1)).allSatisfy(earlier -> {
            assertThat(earlier.reports()).isEqualTo(ReportTotals.NONE);
            assertThat(earlier.completedByEnd()).isZero(); // the first completion is A4's, 2026-09-10
        });
        assertThat(q3.reports()).isEqualTo(new ReportTotals(3, 200, 60, 30));
        assertThat(q3.eligiblePairs()).isEqualTo(4);
        assertThat(q3.uncoveredPairs()).isEqualTo(2); // MA-S3 and MC-S1
        assertThat(q3.tasks()).isEqualTo(8);
        assertThat(q3.completedByEnd()).isEqualTo(2); // A1, A4 by 2026-09-30
        assertThat(q3.completedShare()).isCloseTo(25.0, EXACT);
        List<Double> completion = directive(dashboard(fx.filter()), fx.directiveA).completionTrend();
        assertThat(completion).hasSameSizeAs(trend).last().isEqualTo(50.0);
        assertThat(completion.subList(0, completion.size() - 1)).containsOnly(0.0);
    }

    @Test
    void sectorAndAgencyFiltersNarrowTheFigures() {
        GapDashboard s1 = dashboard(fx.filter().withSector("fx-s1"));
        DirectiveGap a = directive(s1, fx.directiveA);
        assertThat(a.reports()).isEqualTo(new ReportTotals(2, 200, 60, 30));
        assertThat(a.uncoveredPairs()).isZero();
        assertThat(a.eligiblePairs()).isEqualTo(1);

        GapDashboard agencyA = dashboard(fx.filter().withAgency("fx-agency-a"));
        assertThat(directive(agencyA, fx.directiveA).tasks().execution()).isCloseTo(75.0, EXACT); // A1 100, A2 50
        assertThat(directive(agencyA, fx.directiveC).tasks().tasks()).isEqualTo(1);

        GapDashboard onlyA = dashboard(fx.filter().withDirective(fx.directiveA));
        assertThat(onlyA.directives()).extracting(DirectiveGap::id).containsExactly(fx.directiveA);
        assertThat(onlyA.measures()).extracting(MeasureUptake::id).containsExactly(fx.measureA);
    }

    @Test
    void drillDownTotalsEqualTheParentFigures() {
        GapDashboard dashboard = dashboard(fx.filter());
        DirectiveGap a = directive(dashboard, fx.directiveA);
        List<AgencyExecution> agencies = signedIn.as("viewer.congress",
                () -> metrics.agencies(fx.directiveA, fx.filter(), GapFixture.AS_OF));
        assertThat(agencies).extracting(AgencyExecution::agencyId).containsExactly("fx-agency-a", "fx-agency-b");
        assertThat(agencies.stream().mapToLong(x -> x.tasks().tasks()).sum()).isEqualTo(a.tasks().tasks());
        assertThat(agencies.stream().mapToLong(x -> x.tasks().overdueTasks()).sum()).isEqualTo(a.tasks().overdueTasks());
        assertThat(agencies.stream().mapToDouble(x -> x.tasks().execution() * x.tasks().tasks()).sum() / a.tasks().tasks())
                .isCloseTo(a.tasks().execution(), EXACT);

        List<GapTaskRow> tasks = signedIn.as("viewer.congress", () -> metrics.tasks(fx.directiveA, null, GapFixture.AS_OF));
        assertThat(tasks).hasSize((int) a.tasks().tasks());
        assertThat(tasks.stream().filter(row -> row.daysLate() != null).count()).isEqualTo(a.tasks().overdueTasks());
        assertThat(tasks).filteredOn(row -> row.title().equals("FX A3")).singleElement()
                .satisfies(row -> {
                    assertThat(row.daysLate()).isEqualTo(30);
                    assertThat(row.staleDays()).isEqualTo(90);
                    assertThat(row.route()).isEqualTo("tasks/" + row.id() + "/view");
                });

        MeasureUptake ma = dashboard.measures().stream().filter(m -> m.id() == fx.measureA).findFirst().orElseThrow();
        List<GapReportRow> reports = signedIn.as("viewer.congress", () -> metrics.reports(fx.measureA, null, fx.q3));
        assertThat(reports).hasSize((int) ma.totals().reports());
        assertThat(reports.stream().mapToLong(GapReportRow::eligible).sum()).isEqualTo(ma.totals().eligible());
        assertThat(reports.stream().mapToLong(GapReportRow::participating).sum()).isEqualTo(ma.totals().participating());
        assertThat(reports.stream().mapToLong(GapReportRow::verified).sum()).isEqualTo(ma.totals().verified());
        for (UptakeCell cell : ma.cells()) {
            List<GapReportRow> cellRows = signedIn.as("viewer.congress",
                    () -> metrics.reports(fx.measureA, cell.sectorId(), fx.q3));
            assertThat(cellRows.stream().mapToLong(GapReportRow::participating).sum())
                    .isEqualTo(cell.totals().participating());
            assertThat((long) cellRows.size()).isEqualTo(cell.totals().reports());
        }
        assertThat(reports).filteredOn(row -> row.associationId().equals("fx-assoc-1") && row.sectorId().equals("fx-s1"))
                .singleElement().extracting(GapReportRow::revision).isEqualTo(2);
    }

    @Test
    void aggregatesAreForEveryoneButRowsOnlyForViewersAndAdmins() {
        GapDashboard seenByReporter = signedIn.as("reporter.health", () -> metrics.dashboard(fx.filter(), GapFixture.AS_OF));
        assertThat(directive(seenByReporter, fx.directiveA).gapIndex()).isNotNull();
        assertThatThrownBy(() -> signedIn.run("pm.cisa", () -> metrics.reports(fx.measureA, null, fx.q3)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as("admin", () -> metrics.tasks(fx.directiveA, "fx-agency-b", GapFixture.AS_OF)))
                .extracting(GapTaskRow::title).containsExactlyInAnyOrder("FX A3", "FX A4");
    }

    @Test
    void theDatabaseKeepsOneAcceptedRevisionPerReport() {
        // assoc-1's S1 report for Q3 already has revision 2 accepted: a second accepted revision is refused
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO participation_report (id, tenant_id, measure_id, sector_id, period_id, revision, eligible_count,
                  participating_count, verified_count, status, created_at, created_by, updated_at, updated_by)
                VALUES (NEXT VALUE FOR participation_report_seq, 'fx-assoc-1', ?, 'fx-s1', ?, 3, 100, 90, 90, 'ACCEPTED', ?, 'fixture', ?, 'fixture')""")
                .params(fx.measureA, fx.q3, GapFixture.AS_OF.atStartOfDay(), GapFixture.AS_OF.atStartOfDay()).update()).isInstanceOf(DuplicateKeyException.class);
        assertThat(dashboard(fx.filter()).measures().stream().filter(m -> m.id() == fx.measureA).findFirst()
                .orElseThrow().totals().participating()).isEqualTo(60);
    }

    @Test
    void aRevisionNotYetAcceptedLeavesTheFiguresAsTheyAre() {
        // a submitted revision 3 of assoc-1's S1 report for Q3, whose revision 2 is accepted (V25's insert trigger)
        jdbc.sql("""
                INSERT INTO participation_report (id, tenant_id, measure_id, sector_id, period_id, revision, eligible_count,
                  participating_count, verified_count, status, created_at, created_by, updated_at, updated_by)
                VALUES (NEXT VALUE FOR participation_report_seq, 'fx-assoc-1', ?, 'fx-s1', ?, 3, 100, 90, 90, 'SUBMITTED', ?, 'fixture', ?, 'fixture')""")
                .params(fx.measureA, fx.q3, GapFixture.AS_OF.atStartOfDay(), GapFixture.AS_OF.atStartOfDay()).update();
        try {
            snapshots.renew(); // written in SQL, past the events that renew the snapshots
            assertThat(measureA().totals()).isEqualTo(new ReportTotals(3, 200, 60, 30));
        } finally {
            jdbc.sql("DELETE FROM participation_report WHERE tenant_id = 'fx-assoc-1' AND sector_id = 'fx-s1' "
                    + "AND measure_id = ? AND period_id = ? AND revision = 3").params(fx.measureA, fx.q3).update();
            snapshots.renew();
        }
        assertThat(measureA().totals()).isEqualTo(new ReportTotals(3, 200, 60, 30));
    }

    @Test
    void correctionsAndDeletionsKeepTheFiguresEqualToTheAcceptedReports() {
        long assoc2 = jdbc.sql("SELECT id FROM participation_report WHERE tenant_id = 'fx-assoc-2' AND sector_id = 'fx-s1'")
                .query(Long.class).single();
        try {
            jdbc.sql("UPDATE participation_report SET participating_count = 25 WHERE id = ?").param(assoc2).update();
            snapshots.renew(); // written in SQL, past the events that renew the snapshots
            assertThat(measureA().totals()).isEqualTo(new ReportTotals(3, 200, 65, 30));
            jdbc.sql("UPDATE participation_report SET status = 'SUPERSEDED' WHERE id = ?").param(assoc2).update();
            snapshots.renew();
            assertThat(measureA().totals()).isEqualTo(new ReportTotals(2, 100, 40, 10));
            // the draft of S2 is accepted: it counts now
            jdbc.sql("UPDATE participation_report SET status = 'ACCEPTED' WHERE tenant_id = 'fx-assoc-2' AND sector_id = 'fx-s2'")
                    .update();
            snapshots.renew();
            assertThat(measureA().totals()).isEqualTo(new ReportTotals(3, 150, 90, 60));
        } finally {
            jdbc.sql("UPDATE participation_report SET status = 'DRAFT' WHERE tenant_id = 'fx-assoc-2' AND sector_id = 'fx-s2'")
                    .update();
            snapshots.renew();
            jdbc.sql("UPDATE participation_report SET status = 'ACCEPTED', participating_count = 20 WHERE id = ?")
                    .param(assoc2).update();
            snapshots.renew();
        }
        assertThat(measureA().totals()).isEqualTo(new ReportTotals(3, 200, 60, 30));
    }

    private MeasureUptake measureA() {
        return dashboard(fx.filter()).measures().stream().filter(m -> m.id() == fx.measureA).findFirst().orElseThrow();
    }

    @Test
    void anUnknownPeriodIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> dashboard(new GapFilter(null, null, null, null, -5L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("No reporting period with id -5");
    }

    @Test
    void theIndexRenormalisesTheWeightsOverDefinedComponents() {
        // only execution (0.30) and coverage (0.10) defined: (0.30 x 40 + 0.10 x 80) / 0.40 = 50
        assertThat(new GapCalculator(metrics.settings()).index(Map.of(GapComponent.EXECUTION, 40.0, GapComponent.COVERAGE, 80.0)))
                .isCloseTo(50.0, EXACT);
        assertThat(new GapCalculator(metrics.settings()).index(Map.of())).isNull();
    }
}
