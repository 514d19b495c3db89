package org.policytracker.gap;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.policytracker.gap.GapDashboard.PeriodRef;
import org.policytracker.gap.query.DirectiveRow;
import org.policytracker.gap.query.PeriodTaskCounts;
import org.policytracker.gap.query.Slot;
import org.policytracker.gap.query.TaskAggregates;

/**
 * The formulas of the gap metrics (docs/metrics.md, {@link MetricDefinitions}, {@link GapComponent}),
 * applied to figures already read: the index components, the weighted implementation gap index, the
 * forecast, a directive's status, the trend by period and the headline. No database, no Spring: the
 * same inputs always give the same figures.
 */
final class GapCalculator {

    private final GapProperties settings;

    GapCalculator(GapProperties settings) {
        this.settings = settings;
    }

    /** Every metric of each directive, from its task figures and its measures' uptake (of the filter's period). */
    List<DirectiveGap> directives(List<DirectiveRow> directives, TaskAggregates<Long> tasks, List<MeasureUptake> measures,
            List<PeriodRef> trendPeriods, LocalDate asOf) {
        return directives.stream().map(row -> {
            TaskFigures figures = tasks.figures().getOrDefault(row.id(), TaskFigures.NONE);
            List<MeasureUptake> own = measures.stream().filter(m -> m.directiveId() == row.id()).toList();
            ReportTotals reports = own.stream().map(MeasureUptake::totals).reduce(ReportTotals.NONE, ReportTotals::plus);
            int eligiblePairs = own.stream().mapToInt(m -> m.cells().size()).sum();
            int uncovered = (int) own.stream().mapToLong(MeasureUptake::uncoveredSectors).sum();
            Map<GapComponent, Double> components = components(figures, own, reports, eligiblePairs, uncovered);
            Double index = index(components);
            Forecast forecast = forecast(figures, asOf, row.deadline());
            List<Double> completion = trendPeriods.stream().map(period -> completedShare(
                    tasks.trend().getOrDefault(period.id(), Map.of()).getOrDefault(row.id(), PeriodTaskCounts.NONE)))
                    .toList();
            return new DirectiveGap(row.id(), row.orderCode(), row.code(), row.title(), row.leadAgency(), row.deadline(),
                    row.deadlineBasis(), figures, reports, own.size(), eligiblePairs, uncovered, components, index,
                    status(index, forecast), forecast, completion);
        }).toList();
    }

    /** The index components that are defined for these figures (each 0-100); an undefined one is absent. */
    Map<GapComponent, Double> components(TaskFigures tasks, List<MeasureUptake> measures, ReportTotals reports,
            int eligiblePairs, int uncoveredPairs) {
        Map<GapComponent, Double> components = new EnumMap<>(GapComponent.class);
        if (tasks.tasks() > 0) {
            components.put(GapComponent.EXECUTION, 100 - tasks.execution());
            components.put(GapComponent.SCHEDULE, 100.0 * tasks.overdueTasks() / tasks.tasks());
            components.put(GapComponent.STALENESS,
                    tasks.openTasks() == 0 ? 0.0 : 100.0 * tasks.staleOpenTasks() / tasks.openTasks());
        }
        measures.stream().map(MeasureUptake::shortfall).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).average()
                .ifPresent(shortfall -> components.put(GapComponent.UPTAKE, shortfall));
        if (reports.participating() > 0) {
            components.put(GapComponent.VERIFICATION, 100.0 * reports.verificationGap() / reports.participating());
        }
        if (eligiblePairs > 0) {
            components.put(GapComponent.COVERAGE, 100.0 * uncoveredPairs / eligiblePairs);
        }
        return components;
    }

    /** Weighted mean of the defined components, weights renormalised over them; null when none is defined. */
    Double index(Map<GapComponent, Double> components) {
        double weighted = 0;
        double weights = 0;
        for (Map.Entry<GapComponent, Double> component : components.entrySet()) {
            double weight = settings.weightOf(component.getKey());
            weighted += weight * component.getValue();
            weights += weight;
        }
        return weights == 0 ? null : weighted / weights;
    }

    /** Projected completion of the open tasks at the velocity of the window, against the deadline. */
    Forecast forecast(TaskFigures tasks, LocalDate asOf, LocalDate deadline) {
        if (tasks.tasks() > 0 && tasks.openTasks() == 0) {
            return new Forecast(true, null, null, deadline, null);
        }
        long done = tasks.recentCompletions();
        if (done == 0) {
            return new Forecast(false, 0.0, null, deadline, null);
        }
        double perDay = (double) done / settings.velocityWindowDays();
        // open tasks / (done / window days), rounded up, in exact integer arithmetic
        LocalDate projected = asOf.plusDays(Math.ceilDiv(tasks.openTasks() * settings.velocityWindowDays(), done));
        Long daysLate = deadline == null ? null : projected.toEpochDay() - deadline.toEpochDay();
        return new Forecast(false, perDay * 7, projected, deadline, daysLate);
    }

    /** No index: no data; off track from the off-track threshold or when projected after the deadline. */
    DirectiveStatus status(Double index, Forecast forecast) {
        if (index == null) {
            return DirectiveStatus.NO_DATA;
        }
        if (index >= settings.offTrackFrom() || (forecast.daysLate() != null && forecast.daysLate() > 0)) {
            return DirectiveStatus.OFF_TRACK;
        }
        return index >= settings.atRiskFrom() ? DirectiveStatus.AT_RISK : DirectiveStatus.ON_TRACK;
    }

    /** Percent of the tasks completed by the period's end; null without tasks. */
    static Double completedShare(PeriodTaskCounts counts) {
        return counts.tasks() == 0 ? null : 100.0 * counts.completedByEnd() / counts.tasks();
    }

    /**
     * Per trend period: report totals over the eligible cells of the measures (under the terms in force
     * for that period), coverage, and the task counts.
     */
    static List<PeriodTrend> periodTrend(List<PeriodRef> periods, Map<Long, List<MeasureUptake>> measuresByPeriod,
            Map<Long, Map<Slot, ReportTotals>> reports, Map<Long, Map<Long, PeriodTaskCounts>> taskTrend) {
        return periods.stream().map(p -> {
            List<Slot> eligible = measuresByPeriod.getOrDefault(p.id(), List.of()).stream()
                    .flatMap(m -> m.cells().stream()).map(c -> new Slot(c.measureId(), c.sectorId())).toList();
            Map<Slot, ReportTotals> period = reports.getOrDefault(p.id(), Map.of());
            ReportTotals totals = ReportTotals.NONE;
            long covered = 0;
            for (Slot slot : eligible) {
                ReportTotals cell = period.get(slot);
                if (cell != null) {
                    totals = totals.plus(cell);
                    covered++;
                }
            }
            PeriodTaskCounts tasks = taskTrend.getOrDefault(p.id(), Map.of()).values().stream()
                    .reduce(PeriodTaskCounts.NONE, PeriodTaskCounts::plus);
            return new PeriodTrend(p.id(), p.code(), p.endsOn(), totals, eligible.size(), covered, tasks.tasks(),
                    tasks.completedByEnd(), tasks.overdueAtEnd());
        }).toList();
    }

    /** Directives by status, the mean index over those with one, overdue of open tasks, uptake and measures at target. */
    static Headline headline(List<DirectiveGap> directives, List<MeasureUptake> measures) {
        Map<DirectiveStatus, Long> counts = new EnumMap<>(DirectiveStatus.class);
        directives.forEach(d -> counts.merge(d.status(), 1L, Long::sum));
        Double index = directives.stream().map(DirectiveGap::gapIndex).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).average().stream().boxed().findFirst().orElse(null);
        ReportTotals reports = measures.stream().map(MeasureUptake::totals).reduce(ReportTotals.NONE, ReportTotals::plus);
        List<MeasureUptake> withUptake = measures.stream().filter(m -> m.uptakeGap() != null).toList();
        return new Headline(counts.getOrDefault(DirectiveStatus.ON_TRACK, 0L),
                counts.getOrDefault(DirectiveStatus.AT_RISK, 0L), counts.getOrDefault(DirectiveStatus.OFF_TRACK, 0L),
                counts.getOrDefault(DirectiveStatus.NO_DATA, 0L), index,
                directives.stream().mapToLong(d -> d.tasks().overdueTasks()).sum(),
                directives.stream().mapToLong(d -> d.tasks().openTasks()).sum(), reports,
                withUptake.stream().filter(m -> m.uptakeGap() <= 0).count(), withUptake.size());
    }
}
