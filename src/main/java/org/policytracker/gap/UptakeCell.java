package org.policytracker.gap;

/** One eligible sector of one measure in the period: accepted report totals (NONE: no accepted report). */
public record UptakeCell(long measureId, String sectorId, String sectorName, ReportTotals totals) {

    public boolean covered() {
        return totals.reports() > 0;
    }
}
