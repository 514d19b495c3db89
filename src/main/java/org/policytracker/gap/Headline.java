package org.policytracker.gap;

/** The dashboard's headline figures. */
public record Headline(long onTrack, long atRisk, long offTrack, long noData, Double gapIndex, long overdueTasks,
        long openTasks, ReportTotals reports, long measuresAtTarget, long measuresWithUptake) {
}
