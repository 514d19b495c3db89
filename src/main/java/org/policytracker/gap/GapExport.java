package org.policytracker.gap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.policytracker.export.SpreadsheetSafeCsv;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard's data as open data: JSON (the {@link GapDashboard} as it is) and CSV in long form
 * (one figure per line: section, directive, measure, sector, period, metric, value), written by
 * {@link SpreadsheetSafeCsv}: text cells that a spreadsheet would run as a formula are prefixed with
 * a single quote; numbers are written as plain numbers.
 */
@Component
public class GapExport {

    static final String[] HEADER = {"section", "directive", "measure", "sector", "period", "metric", "value"};

    private final JsonMapper json = JsonMapper.builder().build();

    public String json(GapDashboard dashboard) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(dashboard);
    }

    public String csv(GapDashboard dashboard) {
        Rows rows = new Rows(new ArrayList<>());
        String period = dashboard.period() == null ? "" : dashboard.period().code();
        Headline h = dashboard.headline();
        rows.add("headline", "", "", "", period, "directives on track", h.onTrack());
        rows.add("headline", "", "", "", period, "directives at risk", h.atRisk());
        rows.add("headline", "", "", "", period, "directives off track", h.offTrack());
        rows.add("headline", "", "", "", period, "directives without data", h.noData());
        rows.add("headline", "", "", "", period, "implementation gap index", h.gapIndex());
        rows.add("headline", "", "", "", period, "overdue open tasks", h.overdueTasks());
        rows.add("headline", "", "", "", period, "uptake percent", h.reports().uptake());
        rows.add("headline", "", "", "", period, "measures at or above target", h.measuresAtTarget());
        for (DirectiveGap d : dashboard.directives()) {
            String label = d.label() + " " + d.title();
            TaskFigures t = d.tasks();
            rows.add("directive", label, "", "", period, "tasks", t.tasks());
            rows.add("directive", label, "", "", period, "execution percent", t.execution());
            rows.add("directive", label, "", "", period, "overdue open tasks", t.overdueTasks());
            rows.add("directive", label, "", "", period, "median days late", t.medianDaysLate());
            rows.add("directive", label, "", "", period, "max days late", t.maxDaysLate());
            rows.add("directive", label, "", "", period, "on-time completion percent", t.onTimeRate());
            rows.add("directive", label, "", "", period, "mean staleness days", t.meanStaleDays());
            rows.add("directive", label, "", "", period, "max staleness days", t.maxStaleDays());
            for (Map.Entry<GapComponent, Double> component : d.components().entrySet()) {
                rows.add("directive", label, "", "", period, component.getKey().label() + " component",
                        component.getValue());
            }
            rows.add("directive", label, "", "", period, "implementation gap index", d.gapIndex());
            rows.add("directive", label, "", "", period, "status", d.status().label());
            rows.add("directive", label, "", "", period, "projected completion",
                    d.forecast().projectedOn() == null ? null : d.forecast().projectedOn().toString());
            rows.add("directive", label, "", "", period, "deadline",
                    d.deadline() == null ? null : d.deadline().toString());
        }
        for (MeasureUptake m : dashboard.measures()) {
            String measure = m.code() + " " + m.title();
            rows.add("measure", m.directiveLabel(), measure, "", period, "target percent", m.targetPercent());
            rows.totals("measure", m.directiveLabel(), measure, "", period, m.totals());
            rows.add("measure", m.directiveLabel(), measure, "", period, "uptake gap points", m.uptakeGap());
            rows.add("measure", m.directiveLabel(), measure, "", period, "sectors without accepted report",
                    m.uncoveredSectors());
            for (UptakeCell cell : m.cells()) {
                rows.totals("measure-sector", m.directiveLabel(), measure, cell.sectorName(), period, cell.totals());
            }
        }
        for (PeriodTrend p : dashboard.trend()) {
            rows.totals("trend", "", "", "", p.code(), p.reports());
            rows.add("trend", "", "", "", p.code(), "eligible pairs without accepted report", p.uncoveredPairs());
            rows.add("trend", "", "", "", p.code(), "tasks completed by period end percent", p.completedShare());
            rows.add("trend", "", "", "", p.code(), "tasks overdue at period end", p.overdueAtEnd());
        }
        return SpreadsheetSafeCsv.text(Arrays.asList(HEADER), rows.lines());
    }

    /** Download name of an export: gap-dashboard-PERIOD-ASOF.ext. */
    public static String fileName(GapDashboard dashboard, String extension) {
        String period = dashboard.period() == null ? "no-period" : dashboard.period().code();
        return "gap-dashboard-" + period.replaceAll("[^A-Za-z0-9-]", "") + "-" + dashboard.asOf() + "." + extension;
    }

    /** The lines of the long form, as they are added; {@link SpreadsheetSafeCsv} neutralises the cells. */
    private record Rows(List<List<Object>> lines) {

        void add(String section, String directive, String measure, String sector, String period, String metric,
                Object value) {
            lines.add(Arrays.asList(section, directive, measure, sector, period, metric, value));
        }

        void totals(String section, String directive, String measure, String sector, String period,
                ReportTotals totals) {
            add(section, directive, measure, sector, period, "accepted reports", totals.reports());
            add(section, directive, measure, sector, period, "eligible", totals.eligible());
            add(section, directive, measure, sector, period, "participating", totals.participating());
            add(section, directive, measure, sector, period, "verified", totals.verified());
            add(section, directive, measure, sector, period, "uptake percent", totals.uptake());
            add(section, directive, measure, sector, period, "verification gap", totals.verificationGap());
        }
    }
}
