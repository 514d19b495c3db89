package org.policytracker.gap;

import java.time.LocalDate;

/**
 * The metrics of one reporting period: uptake, verification gap and coverage from that period's
 * accepted reports; completion and overdue tasks at the period's end (or today, if earlier) from the
 * current tasks' due and completion dates.
 */
public record PeriodTrend(long periodId, String code, LocalDate endsOn, ReportTotals reports, long eligiblePairs,
        long coveredPairs, long tasks, long completedByEnd, long overdueAtEnd) {

    public Double completedShare() {
        return tasks == 0 ? null : 100.0 * completedByEnd / tasks;
    }

    public long uncoveredPairs() {
        return eligiblePairs - coveredPairs;
    }
}
