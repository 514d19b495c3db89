package org.policytracker.gap;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.policytracker.gap.GapDashboard.PeriodRef;
import org.policytracker.gap.query.DirectiveQueries;
import org.policytracker.gap.query.MeasureCatalogue;
import org.policytracker.gap.query.PeriodQueries;
import org.policytracker.gap.query.Slot;
import org.policytracker.gap.query.TaskAggregates;
import org.policytracker.gap.query.TaskFigureQueries;
import org.policytracker.gap.query.TaskFigureQueries.TaskGroup;
import org.policytracker.gap.query.UptakeQueries;
import org.policytracker.tenant.CrossTenantReader;
import org.policytracker.timeliness.Timeliness;
import org.springframework.stereotype.Service;

/**
 * The one place where gap metrics are computed (definitions in docs/metrics.md and
 * {@link MetricDefinitions}): SQL aggregates over current tasks and accepted participation reports
 * (the latest accepted revision of each association, measure, sector and period), across tenants,
 * read by the {@code gap.query} classes and combined by the formulas of {@link GapCalculator}.
 * Aggregates are public ({@link CrossTenantReader#aggregate}); task and report rows behind them are
 * for oversight viewers and administrators only ({@link CrossTenantReader#read}).
 */
@Service
public class GapMetricsService {

    private final PeriodQueries periods;
    private final TaskFigureQueries tasks;
    private final UptakeQueries uptake;
    private final DirectiveQueries directives;
    private final CrossTenantReader crossTenant;
    private final GapProperties settings;
    private final GapCalculator calculator;
    private final Timeliness timeliness;
    private final Clock clock;
    private final GapSnapshots snapshots;

    GapMetricsService(PeriodQueries periods, TaskFigureQueries tasks, UptakeQueries uptake, DirectiveQueries directives,
            CrossTenantReader crossTenant, GapProperties settings, Timeliness timeliness, Clock clock,
            GapSnapshots snapshots) {
        this.periods = periods;
        this.tasks = tasks;
        this.uptake = uptake;
        this.directives = directives;
        this.crossTenant = crossTenant;
        this.settings = settings;
        this.calculator = new GapCalculator(settings);
        this.timeliness = timeliness;
        this.clock = clock;
        this.snapshots = snapshots;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public GapProperties settings() {
        return settings;
    }

    /** When an open task counts as overdue or stale, as the task lists count it. */
    public Timeliness timeliness() {
        return timeliness;
    }

    /** Every figure of the dashboard for the filter, as of the given day (from its snapshot: {@link GapSnapshots}). */
    public GapDashboard dashboard(GapFilter filter, LocalDate asOf) {
        return snapshot(filter, asOf).dashboard();
    }

    /**
     * The dashboard for the filter and day with its version, which changes whenever a figure may have: what an
     * HTTP entity tag is made of.
     */
    public VersionedDashboard versioned(GapFilter filter, LocalDate asOf) {
        GapSnapshots.Snapshot snapshot = snapshot(filter, asOf);
        return new VersionedDashboard(snapshot.dashboard(), snapshot.version());
    }

    /** A dashboard and its version (see {@link #versioned}). */
    public record VersionedDashboard(GapDashboard dashboard, String version) {
    }

    private GapSnapshots.Snapshot snapshot(GapFilter filter, LocalDate asOf) {
        return snapshots.get(filter, asOf, () -> compute(filter, asOf));
    }

    private GapDashboard compute(GapFilter filter, LocalDate asOf) {
        return crossTenant.aggregate(() -> {
            directives.checkVersion(filter);
            List<PeriodRef> trendPeriods = periods.trendPeriods(filter.periodId(), asOf);
            PeriodRef period = trendPeriods.isEmpty() ? null : trendPeriods.getLast();
            Map<Long, Map<Slot, ReportTotals>> reports = uptake.acceptedTotals(filter, trendPeriods);
            MeasureCatalogue catalogue = uptake.measureCatalogue(filter);
            List<MeasureUptake> measures = catalogue.in(period,
                    period == null ? Map.of() : reports.getOrDefault(period.id(), Map.of()));
            Map<Long, List<MeasureUptake>> measuresByPeriod = trendPeriods.stream().collect(Collectors.toMap(
                    PeriodRef::id, trendPeriod -> catalogue.in(trendPeriod, reports.getOrDefault(trendPeriod.id(), Map.of()))));
            TaskAggregates<Long> taskFigures = tasks.aggregates(TaskGroup.DIRECTIVE, filter, asOf, trendPeriods);
            List<DirectiveGap> directiveGaps = calculator.directives(directives.directives(filter), taskFigures,
                    measures, trendPeriods, asOf);
            List<PeriodTrend> trend = GapCalculator.periodTrend(trendPeriods, measuresByPeriod, reports,
                    taskFigures.trend());
            return new GapDashboard(asOf, filter, period, GapCalculator.headline(directiveGaps, measures), directiveGaps,
                    measures, trend);
        });
    }

    /** Drill-down of a directive's execution: one row per agency with tasks on it (totals add up to the directive). */
    public List<AgencyExecution> agencies(long directiveId, GapFilter filter, LocalDate asOf) {
        return crossTenant.aggregate(() -> {
            Map<String, String> names = directives.tenantNames();
            Map<String, TaskFigures> figures = tasks.<String>aggregates(TaskGroup.AGENCY,
                    filter.withDirective(directiveId), asOf, List.of()).figures();
            return figures.entrySet().stream()
                    .map(entry -> new AgencyExecution(entry.getKey(), names.getOrDefault(entry.getKey(), entry.getKey()),
                            entry.getValue()))
                    .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
        });
    }

    /** The rows behind a directive's task figures (optionally one agency's): viewers and administrators only. */
    public List<GapTaskRow> tasks(long directiveId, String agencyId, LocalDate asOf) {
        return crossTenant.read(() -> tasks.rows(directiveId, agencyId, asOf));
    }

    /** The accepted reports behind one heatmap cell (or a whole measure): viewers and administrators only. */
    public List<GapReportRow> reports(long measureId, String sectorId, long periodId) {
        return crossTenant.read(() -> uptake.acceptedReports(measureId, sectorId, periodId));
    }

    /** The choices of the dashboard's filters. */
    public FilterOptions options() {
        return crossTenant.aggregate(directives::filterOptions);
    }

    /** The choices of the version filter once an order is chosen: the versions of its text. */
    public List<FilterOptions.Option> versions(long orderId) {
        return crossTenant.aggregate(() -> directives.versions(orderId));
    }
}
