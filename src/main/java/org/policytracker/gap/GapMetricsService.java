package org.policytracker.gap;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.policytracker.gap.GapDashboard.PeriodRef;
import org.policytracker.tenant.CrossTenantReader;
import org.policytracker.timeliness.Timeliness;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The one place where gap metrics are computed (definitions in docs/metrics.md and
 * {@link MetricDefinitions}): SQL aggregates over current tasks and accepted participation reports
 * (the latest accepted revision of each association, measure, sector and period), across tenants.
 * Aggregates are public ({@link CrossTenantReader#aggregate}); task and report rows behind them are
 * for oversight viewers and administrators only ({@link CrossTenantReader#read}).
 */
@Service
public class GapMetricsService {

    /**
     * A report counts when it is accepted: the database keeps at most one accepted revision per
     * association, measure, sector and period (V5), so that row is the latest accepted revision.
     */
    static final String ACCEPTED = "r.status = 'ACCEPTED'";

    /** {@link Timeliness#isOverdue} in SQL: an open task (alias {@code t}) due before {@code :asOf}. */
    static final String OVERDUE = "t.status <> 'DONE' AND t.due_on < :asOf";

    /**
     * {@link Timeliness#isStale} in SQL: an open task (alias {@code t}) whose last activity is more than
     * {@code :staleDays} whole days before {@code :asOf}.
     */
    static final String STALE = "t.status <> 'DONE' AND DATEDIFF(:asOf, t.last_activity_at) > :staleDays";

    private final JdbcClient jdbc;
    private final CrossTenantReader crossTenant;
    private final GapProperties settings;
    private final Timeliness timeliness;
    private final Clock clock;

    GapMetricsService(JdbcClient jdbc, CrossTenantReader crossTenant, GapProperties settings, Timeliness timeliness,
            Clock clock) {
        this.jdbc = jdbc;
        this.crossTenant = crossTenant;
        this.settings = settings;
        this.timeliness = timeliness;
        this.clock = clock;
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

    /** Every figure of the dashboard for the filter, as of the given day. */
    public GapDashboard dashboard(GapFilter filter, LocalDate asOf) {
        return crossTenant.aggregate(() -> {
            List<PeriodRef> trendPeriods = trendPeriods(filter.periodId(), asOf);
            PeriodRef period = trendPeriods.isEmpty() ? null : trendPeriods.getLast();
            Map<Long, Map<Slot, ReportTotals>> reports = acceptedReports(filter, trendPeriods);
            List<MeasureUptake> measures = measures(filter,
                    period == null ? Map.of() : reports.getOrDefault(period.id(), Map.of()));
            TaskAggregates<Long> tasks = taskAggregates(TaskGroup.DIRECTIVE, filter, asOf, trendPeriods);
            List<DirectiveGap> directives = directives(filter, asOf, measures, tasks.figures(), trendPeriods, tasks.trend());
            List<PeriodTrend> trend = periodTrend(trendPeriods, measures, reports, tasks.trend());
            return new GapDashboard(asOf, filter, period, headline(directives, measures), directives, measures, trend);
        });
    }

    /** Drill-down of a directive's execution: one row per agency with tasks on it (totals add up to the directive). */
    public List<AgencyExecution> agencies(long directiveId, GapFilter filter, LocalDate asOf) {
        return crossTenant.aggregate(() -> {
            Map<String, String> names = new HashMap<>();
            jdbc.sql("SELECT id, name FROM tenant").query((rs, n) -> names.put(rs.getString(1), rs.getString(2))).list();
            Map<String, TaskFigures> figures = this.<String>taskAggregates(TaskGroup.AGENCY,
                    filter.withDirective(directiveId), asOf, List.of()).figures();
            return figures.entrySet().stream()
                    .map(entry -> new AgencyExecution(entry.getKey(), names.getOrDefault(entry.getKey(), entry.getKey()),
                            entry.getValue()))
                    .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
        });
    }

    /** The rows behind a directive's task figures (optionally one agency's): viewers and administrators only. */
    public List<GapTaskRow> tasks(long directiveId, String agencyId, LocalDate asOf) {
        Where where = new Where().and("t.directive_id = :directive", "directive", directiveId);
        if (agencyId != null) {
            where.and("t.tenant_id = :agency", "agency", agencyId);
        }
        return crossTenant.read(() -> jdbc.sql("""
                SELECT t.id, t.tenant_id, a.name AS agency, t.title, t.status, t.percent_complete, t.due_on,
                       t.completed_on, DATEDIFF(:asOf, t.last_activity_at) AS stale_days
                FROM task t JOIN tenant a ON a.id = t.tenant_id
                """ + where + " ORDER BY a.name, t.due_on, t.id")
                .params(where.params).param("asOf", Date.valueOf(asOf))
                .query((rs, n) -> {
                    LocalDate due = localDate(rs, "due_on");
                    boolean open = !"DONE".equals(rs.getString("status"));
                    Integer daysLate = Timeliness.isOverdue(open, due, asOf)
                            ? (int) (asOf.toEpochDay() - due.toEpochDay()) : null;
                    return new GapTaskRow(rs.getLong("id"), rs.getString("tenant_id"), rs.getString("agency"),
                            rs.getString("title"), rs.getString("status"), rs.getInt("percent_complete"), due,
                            localDate(rs, "completed_on"), daysLate, open ? rs.getInt("stale_days") : null);
                }).list());
    }

    /** The accepted reports behind one heatmap cell (or a whole measure): viewers and administrators only. */
    public List<GapReportRow> reports(long measureId, String sectorId, long periodId) {
        Where where = new Where().and("r.measure_id = :measure", "measure", measureId)
                .and("r.period_id = :period", "period", periodId).and(ACCEPTED);
        if (sectorId != null) {
            where.and("r.sector_id = :sector", "sector", sectorId);
        }
        return crossTenant.read(() -> jdbc.sql("""
                SELECT r.id, r.tenant_id, a.name AS association, r.sector_id, s.name AS sector, r.revision,
                       r.eligible_count, r.participating_count, r.verified_count, r.reviewed_at, r.reviewed_by
                FROM participation_report r JOIN tenant a ON a.id = r.tenant_id JOIN sector s ON s.id = r.sector_id
                """ + where + " ORDER BY s.name, a.name, r.id")
                .params(where.params)
                .query((rs, n) -> new GapReportRow(rs.getLong("id"), rs.getString("tenant_id"),
                        rs.getString("association"), rs.getString("sector_id"), rs.getString("sector"),
                        rs.getInt("revision"), rs.getLong("eligible_count"), rs.getLong("participating_count"),
                        rs.getLong("verified_count"), rs.getTimestamp("reviewed_at") == null ? null
                                : rs.getTimestamp("reviewed_at").toInstant(), rs.getString("reviewed_by")))
                .list());
    }

    /** The choices of the dashboard's filters. */
    public FilterOptions options() {
        return crossTenant.aggregate(() -> new FilterOptions(
                jdbc.sql("SELECT id, CONCAT(code, ' ', title) FROM exec_order ORDER BY code").query(FilterOptions::option).list(),
                jdbc.sql("""
                        SELECT d.id, CONCAT(o.code, ' ', d.code, ' ', d.title) FROM directive d
                        JOIN exec_order o ON o.id = d.order_id ORDER BY o.code, d.code""").query(FilterOptions::option).list(),
                jdbc.sql("SELECT id, name FROM sector ORDER BY name").query(FilterOptions::option).list(),
                jdbc.sql("SELECT id, name FROM tenant WHERE kind = 'AGENCY' ORDER BY name").query(FilterOptions::option).list(),
                jdbc.sql("SELECT id, code FROM reporting_period ORDER BY starts_on DESC").query(FilterOptions::option).list()));
    }

    // --- periods ---------------------------------------------------------------------------------

    /**
     * The trend's periods, oldest first, ending with the selected period; by default the latest period
     * that has ended (its reports are in), or, before any has ended, the latest one that has started.
     */
    private List<PeriodRef> trendPeriods(Long periodId, LocalDate asOf) {
        Optional<PeriodRef> selected = periodId != null
                ? jdbc.sql("SELECT id, code, starts_on, ends_on FROM reporting_period WHERE id = :id")
                        .param("id", periodId).query(GapMetricsService::period).optional()
                : jdbc.sql("""
                        SELECT id, code, starts_on, ends_on FROM reporting_period WHERE starts_on <= :asOf
                        ORDER BY ends_on < :asOf DESC, starts_on DESC LIMIT 1""").param("asOf", Date.valueOf(asOf))
                        .query(GapMetricsService::period).optional();
        if (selected.isEmpty()) {
            if (periodId != null) {
                throw new IllegalArgumentException("No reporting period with id " + periodId);
            }
            return List.of();
        }
        List<PeriodRef> periods = new ArrayList<>(jdbc.sql("""
                SELECT id, code, starts_on, ends_on FROM reporting_period WHERE starts_on <= :start
                ORDER BY starts_on DESC LIMIT :limit""")
                .param("start", Date.valueOf(selected.get().startsOn())).param("limit", settings.trendPeriods())
                .query(GapMetricsService::period).list());
        return periods.reversed();
    }

    private static PeriodRef period(ResultSet rs, int row) throws SQLException {
        return new PeriodRef(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate());
    }

    // --- tasks -----------------------------------------------------------------------------------

    enum TaskGroup {
        DIRECTIVE("t.directive_id"), AGENCY("t.tenant_id");

        final String column;

        TaskGroup(String column) {
            this.column = column;
        }
    }

    /**
     * Task figures of the current tasks in the filter, grouped by directive or by agency, and per trend
     * period [tasks, completed by the period's end, overdue at the period's end] (the end being the
     * period's last day or today if earlier): one pass over the tasks, plus one over the overdue ones
     * for the medians.
     */
    record TaskAggregates<K>(Map<K, TaskFigures> figures, Map<Long, Map<K, long[]>> trend) {
    }

    private <K> TaskAggregates<K> taskAggregates(TaskGroup group, GapFilter filter, LocalDate asOf,
            List<PeriodRef> periods) {
        Where where = taskWhere(filter);
        Map<String, Object> params = new HashMap<>(where.params);
        params.put("asOf", Date.valueOf(asOf));
        params.put("staleDays", timeliness.staleAfterDays());
        params.put("windowStart", Date.valueOf(asOf.minusDays(settings.velocityWindowDays())));
        Map<Object, Double> medians = new HashMap<>();
        Where overdue = taskWhere(filter).and(OVERDUE);
        jdbc.sql("SELECT DISTINCT " + group.column + " AS k, MEDIAN(DATEDIFF(:asOf, t.due_on)) OVER (PARTITION BY "
                + group.column + ") AS median_late FROM task t JOIN directive d ON d.id = t.directive_id " + overdue)
                .params(params).query((rs, n) -> medians.put(rs.getObject("k"), rs.getDouble("median_late"))).list();
        StringBuilder trendSums = new StringBuilder();
        for (int i = 0; i < periods.size(); i++) {
            LocalDate end = periods.get(i).endsOn().isBefore(asOf) ? periods.get(i).endsOn() : asOf;
            params.put("end" + i, Date.valueOf(end));
            trendSums.append(", SUM(t.completed_on <= :end").append(i).append(") AS done").append(i)
                    .append(", SUM(t.due_on < :end").append(i).append(" AND (t.completed_on IS NULL OR t.completed_on > :end")
                    .append(i).append(")) AS overdue").append(i);
        }
        Map<K, TaskFigures> figures = new LinkedHashMap<>();
        Map<Long, Map<K, long[]>> trend = new HashMap<>();
        jdbc.sql("SELECT " + group.column + " AS k, " + """
                COUNT(*) AS tasks, AVG(t.percent_complete) AS execution,
                  SUM(t.status <> 'DONE') AS open_tasks,
                  SUM(%1$s) AS overdue,
                  MAX(CASE WHEN %1$s THEN DATEDIFF(:asOf, t.due_on) END) AS max_late,
                  SUM(t.status = 'DONE') AS done,
                  SUM(t.status = 'DONE' AND t.due_on IS NOT NULL) AS done_with_due,
                  SUM(t.status = 'DONE' AND t.completed_on <= t.due_on) AS done_on_time,
                  AVG(CASE WHEN t.status <> 'DONE' THEN DATEDIFF(:asOf, t.last_activity_at) END) AS mean_stale,
                  MAX(CASE WHEN t.status <> 'DONE' THEN DATEDIFF(:asOf, t.last_activity_at) END) AS max_stale,
                  SUM(%2$s) AS stale_open,
                  SUM(t.status = 'DONE' AND t.completed_on > :windowStart AND t.completed_on <= :asOf) AS recent_done""".formatted(OVERDUE, STALE) + trendSums + """

                FROM task t JOIN directive d ON d.id = t.directive_id
                """ + where + " GROUP BY " + group.column)
                .params(params)
                .query((rs, n) -> {
                    @SuppressWarnings("unchecked")
                    K key = (K) rs.getObject("k");
                    long tasks = rs.getLong("tasks");
                    figures.put(key, new TaskFigures(tasks, rs.getDouble("execution"),
                            rs.getLong("open_tasks"), rs.getLong("overdue"), medians.get(key),
                            nullableInt(rs, "max_late"), rs.getLong("done"), rs.getLong("done_with_due"),
                            rs.getLong("done_on_time"), nullableDouble(rs, "mean_stale"), nullableInt(rs, "max_stale"),
                            rs.getLong("stale_open"), rs.getLong("recent_done")));
                    for (int i = 0; i < periods.size(); i++) {
                        trend.computeIfAbsent(periods.get(i).id(), id -> new HashMap<>()).put(key,
                                new long[] {tasks, rs.getLong("done" + i), rs.getLong("overdue" + i)});
                    }
                    return key;
                }).list();
        return new TaskAggregates<>(figures, trend);
    }

    private static Where taskWhere(GapFilter filter) {
        Where where = directiveWhere(filter);
        if (filter.agencyId() != null) {
            where.and("t.tenant_id = :agency", "agency", filter.agencyId());
        }
        return where;
    }

    private static Where directiveWhere(GapFilter filter) {
        Where where = new Where();
        if (filter.orderId() != null) {
            where.and("d.order_id = :order", "order", filter.orderId());
        }
        if (filter.directiveId() != null) {
            where.and("d.id = :directive", "directive", filter.directiveId());
        }
        return where;
    }

    // --- reports ---------------------------------------------------------------------------------

    /** A measure and one of its sectors. */
    record Slot(long measureId, String sectorId) {
    }

    /**
     * Accepted report totals per period, measure and sector over the trend's periods, from the
     * rollup that triggers keep equal to the sums over accepted reports (V5: gap_uptake_rollup).
     */
    private Map<Long, Map<Slot, ReportTotals>> acceptedReports(GapFilter filter, List<PeriodRef> periods) {
        Map<Long, Map<Slot, ReportTotals>> totals = new HashMap<>();
        if (periods.isEmpty()) {
            return totals;
        }
        Where where = new Where().and("u.reports > 0")
                .and("u.period_id IN (:periods)", "periods", periods.stream().map(PeriodRef::id).toList());
        if (filter.sectorId() != null) {
            where.and("u.sector_id = :sector", "sector", filter.sectorId());
        }
        jdbc.sql("SELECT u.period_id, u.measure_id, u.sector_id, u.reports, u.eligible, u.participating, u.verified "
                + "FROM gap_uptake_rollup u" + where)
                .params(where.params)
                .query((rs, n) -> totals.computeIfAbsent(rs.getLong("period_id"), id -> new HashMap<>())
                        .put(new Slot(rs.getLong("measure_id"), rs.getString("sector_id")),
                                new ReportTotals(rs.getLong("reports"), rs.getLong("eligible"),
                                        rs.getLong("participating"), rs.getLong("verified"))))
                .list();
        return totals;
    }

    /** Measures in the filter with one cell per eligible sector (in the filter), from the period's totals. */
    private List<MeasureUptake> measures(GapFilter filter, Map<Slot, ReportTotals> period) {
        Where cellWhere = directiveWhere(filter);
        if (filter.sectorId() != null) {
            cellWhere.and("ms.sector_id = :sector", "sector", filter.sectorId());
        }
        Map<Long, List<UptakeCell>> cells = new HashMap<>();
        jdbc.sql("""
                SELECT ms.measure_id, ms.sector_id, s.name AS sector
                FROM measure_sector ms JOIN sector s ON s.id = ms.sector_id
                  JOIN voluntary_measure m ON m.id = ms.measure_id JOIN directive d ON d.id = m.directive_id
                """ + cellWhere + " ORDER BY s.name")
                .params(cellWhere.params)
                .query((rs, n) -> cells.computeIfAbsent(rs.getLong("measure_id"), id -> new ArrayList<>())
                        .add(new UptakeCell(rs.getLong("measure_id"), rs.getString("sector_id"), rs.getString("sector"),
                                period.getOrDefault(new Slot(rs.getLong("measure_id"), rs.getString("sector_id")),
                                        ReportTotals.NONE))))
                .list();
        Where measureWhere = directiveWhere(filter);
        return jdbc.sql("""
                SELECT m.id, m.code, m.title, m.directive_id, CONCAT(o.code, ' ', d.code) AS directive, m.target_percent
                FROM voluntary_measure m JOIN directive d ON d.id = m.directive_id JOIN exec_order o ON o.id = d.order_id
                """ + measureWhere + " ORDER BY o.code, d.code, m.code")
                .params(measureWhere.params)
                .query((rs, n) -> {
                    List<UptakeCell> measureCells = cells.getOrDefault(rs.getLong("id"), List.of());
                    ReportTotals totals = measureCells.stream().map(UptakeCell::totals)
                            .reduce(ReportTotals.NONE, ReportTotals::plus);
                    return new MeasureUptake(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
                            rs.getLong("directive_id"), rs.getString("directive"), rs.getDouble("target_percent"),
                            totals, List.copyOf(measureCells));
                }).list().stream()
                // with a sector filter, only measures that sector is eligible for
                .filter(measure -> filter.sectorId() == null || !measure.cells().isEmpty()).toList();
    }

    // --- combining -------------------------------------------------------------------------------

    private List<DirectiveGap> directives(GapFilter filter, LocalDate asOf, List<MeasureUptake> measures,
            Map<Long, TaskFigures> taskFigures, List<PeriodRef> trendPeriods, Map<Long, Map<Long, long[]>> taskTrend) {
        Where where = directiveWhere(filter);
        return jdbc.sql("""
                SELECT d.id, o.code AS order_code, d.code, d.title, l.name AS lead, d.deadline, d.deadline_basis
                FROM directive d JOIN exec_order o ON o.id = d.order_id JOIN tenant l ON l.id = d.lead_tenant_id
                """ + where + " ORDER BY o.code, d.code")
                .params(where.params)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    TaskFigures tasks = taskFigures.getOrDefault(id, TaskFigures.NONE);
                    List<MeasureUptake> own = measures.stream().filter(m -> m.directiveId() == id).toList();
                    ReportTotals reports = own.stream().map(MeasureUptake::totals).reduce(ReportTotals.NONE, ReportTotals::plus);
                    int eligiblePairs = own.stream().mapToInt(m -> m.cells().size()).sum();
                    int uncovered = (int) own.stream().mapToLong(MeasureUptake::uncoveredSectors).sum();
                    Map<GapComponent, Double> components = components(tasks, own, reports, eligiblePairs, uncovered);
                    Double index = index(components);
                    LocalDate deadline = localDate(rs, "deadline");
                    Forecast forecast = forecast(tasks, asOf, deadline);
                    List<Double> completion = trendPeriods.stream().map(p -> {
                        long[] counts = taskTrend.getOrDefault(p.id(), Map.of()).get(id);
                        return counts == null || counts[0] == 0 ? null : 100.0 * counts[1] / counts[0];
                    }).toList();
                    return new DirectiveGap(id, rs.getString("order_code"), rs.getString("code"), rs.getString("title"),
                            rs.getString("lead"), deadline, rs.getString("deadline_basis"), tasks, reports, own.size(),
                            eligiblePairs, uncovered, components, index, status(index, forecast), forecast, completion);
                }).list();
    }

    private Map<GapComponent, Double> components(TaskFigures tasks, List<MeasureUptake> measures, ReportTotals reports,
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

    private Forecast forecast(TaskFigures tasks, LocalDate asOf, LocalDate deadline) {
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

    private DirectiveStatus status(Double index, Forecast forecast) {
        if (index == null) {
            return DirectiveStatus.NO_DATA;
        }
        if (index >= settings.offTrackFrom() || (forecast.daysLate() != null && forecast.daysLate() > 0)) {
            return DirectiveStatus.OFF_TRACK;
        }
        return index >= settings.atRiskFrom() ? DirectiveStatus.AT_RISK : DirectiveStatus.ON_TRACK;
    }

    /** Per trend period: report totals over the eligible cells in the filter, coverage, and the task counts. */
    private static List<PeriodTrend> periodTrend(List<PeriodRef> periods, List<MeasureUptake> measures,
            Map<Long, Map<Slot, ReportTotals>> reports, Map<Long, Map<Long, long[]>> taskTrend) {
        List<Slot> eligible = measures.stream().flatMap(m -> m.cells().stream())
                .map(c -> new Slot(c.measureId(), c.sectorId())).toList();
        return periods.stream().map(p -> {
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
            long[] t = taskTrend.getOrDefault(p.id(), Map.of()).values().stream()
                    .reduce(new long[3], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
            return new PeriodTrend(p.id(), p.code(), p.endsOn(), totals, eligible.size(), covered, t[0], t[1], t[2]);
        }).toList();
    }

    private static Headline headline(List<DirectiveGap> directives, List<MeasureUptake> measures) {
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

    // --- helpers ---------------------------------------------------------------------------------

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    /** A WHERE clause built from fixed SQL fragments, values always bound as parameters. */
    static final class Where {
        private final List<String> clauses = new ArrayList<>();
        final Map<String, Object> params = new HashMap<>();

        Where and(String clause) {
            clauses.add(clause);
            return this;
        }

        Where and(String clause, String name, Object value) {
            clauses.add(clause);
            params.put(name, value);
            return this;
        }

        @Override
        public String toString() {
            return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses) + " ";
        }
    }
}
