package org.policytracker.gap;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Every metric of one directive: its task figures, the report totals of its measures in the period,
 * the gap index components (0-100, absent when undefined), the weighted index, status, forecast and
 * the completion trend (percent of its tasks completed by the end of each trend period).
 */
public record DirectiveGap(long id, String orderCode, String code, String title, String leadAgency,
        LocalDate deadline, String deadlineBasis, TaskFigures tasks, ReportTotals reports, int measures,
        int eligiblePairs, int uncoveredPairs, Map<GapComponent, Double> components, Double gapIndex,
        DirectiveStatus status, Forecast forecast, List<Double> completionTrend) {

    public String label() {
        return orderCode + " " + code;
    }
}
