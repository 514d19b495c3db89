package org.policytracker.gap.query;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policytracker.gap.GapDashboard.PeriodRef;
import org.policytracker.gap.GapFilter;
import org.policytracker.gap.GapProperties;
import org.policytracker.gap.GapTaskRow;
import org.policytracker.gap.TaskFigures;
import org.policytracker.timeliness.Timeliness;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The gap metrics' reads of current tasks: aggregates per directive or agency, and the rows behind them. */
@Component
public class TaskFigureQueries {

    /** {@link Timeliness#isOverdue} in SQL: an open task (alias {@code t}) due before {@code :asOf}. */
    static final String OVERDUE = "t.status <> 'DONE' AND t.due_on < :asOf";

    /**
     * {@link Timeliness#isStale} in SQL: an open task (alias {@code t}) whose last activity is more than
     * {@code :staleDays} whole days before {@code :asOf}.
     */
    static final String STALE = "t.status <> 'DONE' AND DATEDIFF(:asOf, t.last_activity_at) > :staleDays";

    /** What task figures are grouped by. */
    public enum TaskGroup {
        DIRECTIVE("t.directive_id"), AGENCY("t.tenant_id");

        private final String column;

        TaskGroup(String column) {
            this.column = column;
        }
    }

    private final JdbcClient jdbc;
    private final Timeliness timeliness;
    private final GapProperties settings;

    TaskFigureQueries(JdbcClient jdbc, Timeliness timeliness, GapProperties settings) {
        this.jdbc = jdbc;
        this.timeliness = timeliness;
        this.settings = settings;
    }

    /**
     * Task figures of the current tasks in the filter, grouped, and per trend period the counts at the
     * period's end (its last day, or {@code asOf} if earlier): one pass over the tasks, plus one over
     * the overdue ones for the medians. The key type is the group column's: Long for a directive,
     * String for an agency.
     */
    public <K> TaskAggregates<K> aggregates(TaskGroup group, GapFilter filter, LocalDate asOf, List<PeriodRef> periods) {
        Where where = Where.tasks(filter);
        Map<String, Object> params = new HashMap<>(where.params);
        params.put("asOf", Date.valueOf(asOf));
        params.put("staleDays", timeliness.staleAfterDays());
        params.put("windowStart", Date.valueOf(asOf.minusDays(settings.velocityWindowDays())));
        Map<Object, Double> medians = new HashMap<>();
        Where overdue = Where.tasks(filter).and(OVERDUE);
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
        Map<Long, Map<K, PeriodTaskCounts>> trend = new HashMap<>();
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
                            Rows.nullableInt(rs, "max_late"), rs.getLong("done"), rs.getLong("done_with_due"),
                            rs.getLong("done_on_time"), Rows.nullableDouble(rs, "mean_stale"),
                            Rows.nullableInt(rs, "max_stale"), rs.getLong("stale_open"), rs.getLong("recent_done")));
                    for (int i = 0; i < periods.size(); i++) {
                        trend.computeIfAbsent(periods.get(i).id(), id -> new HashMap<>()).put(key,
                                new PeriodTaskCounts(tasks, rs.getLong("done" + i), rs.getLong("overdue" + i)));
                    }
                    return key;
                }).list();
        return new TaskAggregates<>(figures, trend);
    }

    /** The current tasks of a directive (optionally one agency's), with days late and days since their last update. */
    public List<GapTaskRow> rows(long directiveId, String agencyId, LocalDate asOf) {
        Where where = new Where().and("t.directive_id = :directive", "directive", directiveId);
        if (agencyId != null) {
            where.and("t.tenant_id = :agency", "agency", agencyId);
        }
        return jdbc.sql("""
                SELECT t.id, t.tenant_id, a.name AS agency, t.title, t.status, t.percent_complete, t.due_on,
                       t.completed_on, DATEDIFF(:asOf, t.last_activity_at) AS stale_days
                FROM task t JOIN tenant a ON a.id = t.tenant_id
                """ + where + " ORDER BY a.name, t.due_on, t.id")
                .params(where.params).param("asOf", Date.valueOf(asOf))
                .query((rs, n) -> {
                    LocalDate due = Rows.localDate(rs, "due_on");
                    boolean open = !"DONE".equals(rs.getString("status"));
                    Integer daysLate = Timeliness.isOverdue(open, due, asOf)
                            ? (int) (asOf.toEpochDay() - due.toEpochDay()) : null;
                    return new GapTaskRow(rs.getLong("id"), rs.getString("tenant_id"), rs.getString("agency"),
                            rs.getString("title"), rs.getString("status"), rs.getInt("percent_complete"), due,
                            Rows.localDate(rs, "completed_on"), daysLate, open ? rs.getInt("stale_days") : null);
                }).list();
    }
}
