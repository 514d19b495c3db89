package org.policytracker.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.policytracker.gap.GapDashboard.PeriodRef;
import org.policytracker.gap.query.DirectiveRow;
import org.policytracker.gap.query.PeriodTaskCounts;
import org.policytracker.gap.query.Slot;
import org.policytracker.gap.query.TaskAggregates;

/**
 * The formulas of the gap metrics on hand-made figures, without a database: default weights
 * (execution 0.30, schedule 0.20, uptake 0.25, verification 0.10, coverage 0.10, staleness 0.05),
 * at risk from 30, off track from 60, a velocity window of 90 days. Expected values are worked out
 * in the comments.
 */
class GapCalculatorTest {

    private static final Offset<Double> EXACT = within(1e-9);
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    private static final GapProperties.Weights WEIGHTS = new GapProperties.Weights(0.30, 0.20, 0.25, 0.10, 0.10, 0.05);

    private final GapCalculator calculator = new GapCalculator(settings(WEIGHTS));

    private static GapProperties settings(GapProperties.Weights weights) {
        return new GapProperties(weights, 30, 60, 90, 8, Duration.ofSeconds(1));
    }

    /** Task figures with what the formulas read; the rest (medians, maxima, staleness days) does not enter them. */
    private static TaskFigures tasks(long tasks, Double execution, long open, long overdue, long staleOpen, long recentDone) {
        return new TaskFigures(tasks, execution, open, overdue, null, null, tasks - open, 0, 0, null, null, staleOpen,
                recentDone);
    }

    private static MeasureUptake measure(long directive, double target, ReportTotals... cells) {
        List<UptakeCell> uptakeCells = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            uptakeCells.add(new UptakeCell(directive * 10, "s" + (i + 1), "Sector " + (i + 1), cells[i]));
        }
        ReportTotals totals = uptakeCells.stream().map(UptakeCell::totals).reduce(ReportTotals.NONE, ReportTotals::plus);
        return new MeasureUptake(directive * 10, "M" + directive, "Measure", directive, "EO " + directive, target, null, totals,
                List.copyOf(uptakeCells));
    }

    @Test
    void aDirectiveWithoutTasksAndWithoutMeasuresHasNoComponentNoIndexAndNoData() {
        Map<GapComponent, Double> components = calculator.components(TaskFigures.NONE, List.of(), ReportTotals.NONE, 0, 0);
        assertThat(components).isEmpty();
        assertThat(calculator.index(components)).isNull();
        Forecast forecast = calculator.forecast(TaskFigures.NONE, AS_OF, null);
        assertThat(forecast.complete()).isFalse(); // no task is not "all tasks done"
        assertThat(forecast.projectedOn()).isNull();
        assertThat(calculator.status(null, forecast)).isEqualTo(DirectiveStatus.NO_DATA);
    }

    @Test
    void taskComponentsAreExecutionScheduleAndStalenessGaps() {
        // 4 tasks, mean 62.5 % complete, 2 open, both overdue, 1 of them stale
        Map<GapComponent, Double> components = calculator.components(tasks(4, 62.5, 2, 2, 1, 0), List.of(),
                ReportTotals.NONE, 0, 0);
        assertThat(components).containsOnlyKeys(GapComponent.EXECUTION, GapComponent.SCHEDULE, GapComponent.STALENESS);
        assertThat(components.get(GapComponent.EXECUTION)).isCloseTo(37.5, EXACT); // 100 - 62.5
        assertThat(components.get(GapComponent.SCHEDULE)).isCloseTo(50.0, EXACT); // 100 x 2 / 4
        assertThat(components.get(GapComponent.STALENESS)).isCloseTo(50.0, EXACT); // 100 x 1 / 2
    }

    @Test
    void withNoOpenTaskStalenessIsZeroNotADivisionByZero() {
        Map<GapComponent, Double> components = calculator.components(tasks(2, 100.0, 0, 0, 0, 2), List.of(),
                ReportTotals.NONE, 0, 0);
        assertThat(components.get(GapComponent.STALENESS)).isEqualTo(0.0);
        assertThat(components.get(GapComponent.EXECUTION)).isEqualTo(0.0);
        assertThat(calculator.index(components)).isCloseTo(0.0, EXACT);
    }

    @Test
    void uptakeIsTheMeanShortfallOverMeasuresWithAnUptake() {
        MeasureUptake half = measure(1, 60, new ReportTotals(1, 100, 30, 30)); // 30 % of 60: shortfall 50
        MeasureUptake unreported = measure(2, 50, ReportTotals.NONE); // no accepted report: uptake 0, shortfall 100
        MeasureUptake nobodyEligible = measure(3, 50, new ReportTotals(1, 0, 0, 0)); // uptake undefined: left out
        MeasureUptake aboveTarget = measure(4, 40, new ReportTotals(1, 10, 9, 9)); // 90 % of 40: shortfall 0, not -125
        MeasureUptake noTarget = measure(5, 0, new ReportTotals(1, 10, 0, 0)); // target 0: shortfall 0, no division
        Map<GapComponent, Double> components = calculator.components(TaskFigures.NONE,
                List.of(half, unreported, nobodyEligible, aboveTarget, noTarget), ReportTotals.NONE, 0, 0);
        assertThat(components.get(GapComponent.UPTAKE)).isCloseTo((50 + 100 + 0 + 0) / 4.0, EXACT);
        assertThat(nobodyEligible.uptakeGap()).isNull();
        assertThat(aboveTarget.uptakeGap()).isCloseTo(-50.0, EXACT); // target - uptake, negative above target
    }

    @Test
    void measuresWhoseUptakeIsUndefinedLeaveTheUptakeComponentUndefined() {
        MeasureUptake nobodyEligible = measure(3, 50, new ReportTotals(1, 0, 0, 0));
        assertThat(calculator.components(TaskFigures.NONE, List.of(nobodyEligible), nobodyEligible.totals(), 1, 0))
                .doesNotContainKey(GapComponent.UPTAKE).doesNotContainKey(GapComponent.VERIFICATION)
                .containsEntry(GapComponent.COVERAGE, 0.0);
    }

    @Test
    void verificationAndCoverageGapsAreUndefinedWithoutParticipantsOrEligiblePairs() {
        assertThat(calculator.components(TaskFigures.NONE, List.of(), new ReportTotals(2, 100, 0, 0), 0, 0))
                .doesNotContainKeys(GapComponent.VERIFICATION, GapComponent.COVERAGE);
        Map<GapComponent, Double> components = calculator.components(TaskFigures.NONE, List.of(),
                new ReportTotals(2, 200, 60, 30), 3, 1);
        assertThat(components.get(GapComponent.VERIFICATION)).isCloseTo(50.0, EXACT); // 100 x (60 - 30) / 60
        assertThat(components.get(GapComponent.COVERAGE)).isCloseTo(100.0 / 3, EXACT); // 1 of 3 pairs without report
    }

    @Test
    void theIndexIsTheWeightedMeanRenormalisedOverTheDefinedComponents() {
        // (0.30 x 40 + 0.10 x 80) / 0.40 = 50
        assertThat(calculator.index(Map.of(GapComponent.EXECUTION, 40.0, GapComponent.COVERAGE, 80.0)))
                .isCloseTo(50.0, EXACT);
        // only a component of weight 0 defined: no weight to divide by, so no index (not NaN)
        GapCalculator uptakeIgnored = new GapCalculator(settings(new GapProperties.Weights(0.5, 0.5, 0, 0, 0, 0)));
        assertThat(uptakeIgnored.index(Map.of(GapComponent.UPTAKE, 70.0))).isNull();
    }

    @Test
    void theForecastProjectsTheOpenTasksAtTheWindowsVelocityRoundingUpToWholeDays() {
        // 1 open task, 7 done in 90 days: 90 / 7 = 12.86 days, rounded up to 13
        Forecast forecast = calculator.forecast(tasks(8, 90.0, 1, 0, 0, 7), AS_OF, LocalDate.of(2026, 12, 1));
        assertThat(forecast.projectedOn()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(forecast.tasksPerWeek()).isCloseTo(7.0 / 90 * 7, EXACT);
        assertThat(forecast.daysLate()).isEqualTo(4L); // projected 4 days after the deadline
        // 3 open, 2 done in 90 days: exactly 135 days, no rounding
        assertThat(calculator.forecast(tasks(5, 40.0, 3, 0, 0, 2), AS_OF, null).projectedOn())
                .isEqualTo(AS_OF.plusDays(135));
    }

    @Test
    void aForecastWithoutVelocityOrWithoutOpenTasksProjectsNothing() {
        Forecast stalled = calculator.forecast(tasks(3, 10.0, 3, 0, 0, 0), AS_OF, LocalDate.of(2027, 1, 1));
        assertThat(stalled.projectedOn()).isNull();
        assertThat(stalled.tasksPerWeek()).isEqualTo(0.0);
        assertThat(stalled.daysLate()).isNull();
        Forecast done = calculator.forecast(tasks(3, 100.0, 0, 0, 0, 3), AS_OF, LocalDate.of(2027, 1, 1));
        assertThat(done.complete()).isTrue();
        assertThat(done.projectedOn()).isNull();
        Forecast noDeadline = calculator.forecast(tasks(2, 50.0, 1, 0, 0, 1), AS_OF, null);
        assertThat(noDeadline.projectedOn()).isEqualTo(AS_OF.plusDays(90));
        assertThat(noDeadline.daysLate()).isNull();
    }

    @Test
    void theStatusFollowsTheThresholdsInclusivelyAndAProjectionAfterTheDeadline() {
        Forecast onTime = new Forecast(false, 1.0, AS_OF, AS_OF, 0L);
        Forecast oneDayLate = new Forecast(false, 1.0, AS_OF.plusDays(1), AS_OF, 1L);
        assertThat(calculator.status(29.999, onTime)).isEqualTo(DirectiveStatus.ON_TRACK);
        assertThat(calculator.status(30.0, onTime)).isEqualTo(DirectiveStatus.AT_RISK);
        assertThat(calculator.status(59.999, onTime)).isEqualTo(DirectiveStatus.AT_RISK);
        assertThat(calculator.status(60.0, onTime)).isEqualTo(DirectiveStatus.OFF_TRACK);
        assertThat(calculator.status(0.0, oneDayLate)).isEqualTo(DirectiveStatus.OFF_TRACK);
        assertThat(calculator.status(null, oneDayLate)).isEqualTo(DirectiveStatus.NO_DATA);
    }

    @Test
    void aDirectiveCombinesItsTasksItsOwnMeasuresAndItsCompletionTrend() {
        PeriodRef q2 = new PeriodRef(2, "2026-Q2", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));
        PeriodRef q3 = new PeriodRef(3, "2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
        DirectiveRow a = new DirectiveRow(1, "EO", "A", "Directive A", "Agency", LocalDate.of(2027, 3, 31), "ASSUMED");
        DirectiveRow empty = new DirectiveRow(2, "EO", "B", "Directive B", "Agency", null, "ASSUMED");
        TaskAggregates<Long> aggregates = new TaskAggregates<>(Map.of(1L, tasks(4, 62.5, 2, 2, 1, 2)),
                Map.of(3L, Map.of(1L, new PeriodTaskCounts(4, 3, 1))));
        // S1 60 of 200 participating, 30 verified; S2 reported with nobody eligible; S3 without report
        MeasureUptake ma = measure(1, 60, new ReportTotals(2, 200, 60, 30), new ReportTotals(1, 0, 0, 0), ReportTotals.NONE);
        MeasureUptake other = measure(7, 50, ReportTotals.NONE); // another directive's: not A's

        List<DirectiveGap> gaps = calculator.directives(List.of(a, empty), aggregates, List.of(ma, other), List.of(q2, q3),
                AS_OF);

        DirectiveGap gapA = gaps.getFirst();
        assertThat(gapA.measures()).isEqualTo(1);
        assertThat(gapA.eligiblePairs()).isEqualTo(3);
        assertThat(gapA.uncoveredPairs()).isEqualTo(1);
        // execution 37.5, schedule 50, uptake 100 x (60 - 30) / 60 = 50, verification 50, coverage 33.3, staleness 50
        assertThat(gapA.gapIndex()).isCloseTo(0.30 * 37.5 + 0.20 * 50 + 0.25 * 50 + 0.10 * 50 + 0.10 * 100.0 / 3
                + 0.05 * 50, EXACT); // 44.58: weights sum to 1
        // 2 open, 2 done in 90 days: 90 days, 2027-02-20, 39 days before the deadline
        assertThat(gapA.forecast().daysLate()).isEqualTo(-39L);
        assertThat(gapA.status()).isEqualTo(DirectiveStatus.AT_RISK);
        assertThat(gapA.completionTrend()).containsExactly(null, 75.0); // no tasks counted in Q2; 3 of 4 in Q3

        DirectiveGap gapB = gaps.get(1);
        assertThat(gapB.tasks()).isEqualTo(TaskFigures.NONE);
        assertThat(gapB.components()).isEmpty();
        assertThat(gapB.status()).isEqualTo(DirectiveStatus.NO_DATA);
        assertThat(gapB.completionTrend()).containsExactly(null, null);
    }

    @Test
    void theTrendCountsOnlyEligibleCellsAndSumsTheTaskGroups() {
        PeriodRef q3 = new PeriodRef(3, "2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
        PeriodRef q4 = new PeriodRef(4, "2026-Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
        MeasureUptake ma = measure(1, 60, ReportTotals.NONE, ReportTotals.NONE); // eligible: (10, s1), (10, s2)
        Map<Long, Map<Slot, ReportTotals>> reports = Map.of(3L, Map.of(
                new Slot(10, "s1"), new ReportTotals(1, 100, 40, 10),
                new Slot(10, "s9"), new ReportTotals(1, 500, 500, 500))); // not an eligible cell: not counted
        Map<Long, Map<Long, PeriodTaskCounts>> taskTrend = Map.of(3L, Map.of(1L, new PeriodTaskCounts(4, 1, 2),
                2L, new PeriodTaskCounts(2, 2, 0)));

        List<PeriodTrend> trend = GapCalculator.periodTrend(List.of(q3, q4), Map.of(3L, List.of(ma), 4L, List.of(ma)),
                reports, taskTrend);

        PeriodTrend third = trend.getFirst();
        assertThat(third.reports()).isEqualTo(new ReportTotals(1, 100, 40, 10));
        assertThat(third.eligiblePairs()).isEqualTo(2);
        assertThat(third.uncoveredPairs()).isEqualTo(1);
        assertThat(third.completedShare()).isCloseTo(50.0, EXACT); // (1 + 2) of (4 + 2)
        assertThat(third.overdueAtEnd()).isEqualTo(2);
        PeriodTrend fourth = trend.get(1);
        assertThat(fourth.reports()).isEqualTo(ReportTotals.NONE);
        assertThat(fourth.reports().uptake()).isNull(); // nobody eligible: undefined, not 0
        assertThat(fourth.completedShare()).isNull(); // no tasks: undefined, not a division by zero
        assertThat(fourth.uncoveredPairs()).isEqualTo(2);
    }

    @Test
    void theHeadlineCountsStatusesAndAveragesOnlyTheIndexesThatExist() {
        Forecast none = new Forecast(false, 0.0, null, null, null);
        DirectiveGap on = directive(DirectiveStatus.ON_TRACK, 10.0, tasks(2, 90.0, 1, 0, 0, 0), none);
        DirectiveGap off = directive(DirectiveStatus.OFF_TRACK, 70.0, tasks(3, 10.0, 3, 2, 0, 0), none);
        DirectiveGap noData = directive(DirectiveStatus.NO_DATA, null, TaskFigures.NONE, none);
        MeasureUptake atTarget = measure(1, 40, new ReportTotals(1, 10, 4, 4)); // 40 % of 40
        MeasureUptake below = measure(2, 60, new ReportTotals(1, 10, 3, 1));
        MeasureUptake undefined = measure(3, 60, new ReportTotals(1, 0, 0, 0));

        Headline headline = GapCalculator.headline(List.of(on, off, noData), List.of(atTarget, below, undefined));

        assertThat(List.of(headline.onTrack(), headline.atRisk(), headline.offTrack(), headline.noData()))
                .containsExactly(1L, 0L, 1L, 1L);
        assertThat(headline.gapIndex()).isCloseTo(40.0, EXACT); // (10 + 70) / 2, the directive without one left out
        assertThat(headline.overdueTasks()).isEqualTo(2);
        assertThat(headline.openTasks()).isEqualTo(4);
        assertThat(headline.reports()).isEqualTo(new ReportTotals(3, 20, 7, 5));
        assertThat(headline.measuresAtTarget()).isEqualTo(1);
        assertThat(headline.measuresWithUptake()).isEqualTo(2);
        assertThat(GapCalculator.headline(List.of(), List.of()).gapIndex()).isNull(); // no directive: no mean
    }

    private static DirectiveGap directive(DirectiveStatus status, Double index, TaskFigures tasks, Forecast forecast) {
        return new DirectiveGap(1, "EO", "D", "Directive", "Agency", null, "ASSUMED", tasks, ReportTotals.NONE, 0, 0, 0,
                Map.of(), index, status, forecast, List.of());
    }
}
