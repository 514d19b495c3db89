package org.policytracker.gap;

import java.util.List;

/**
 * Uptake of one voluntary measure in the period: the totals over its eligible sectors' accepted
 * reports, its target, and one cell per eligible sector (the heatmap row and the sector drill-down).
 */
public record MeasureUptake(long id, String code, String title, long directiveId, String directiveLabel,
        double targetPercent, String termsFromPeriod, ReportTotals totals, List<UptakeCell> cells) {

    /**
     * Which terms (target and eligible sectors) the period's figures use: the measure's first terms, or
     * a change in force since a period ({@code termsFromPeriod}); earlier periods keep their own terms.
     */
    public String termsInForce() {
        String terms = "target " + Fmt.percent(targetPercent) + ", eligible sectors "
                + (cells.isEmpty() ? "none" : String.join(", ", cells.stream().map(UptakeCell::sectorName).toList()));
        return termsFromPeriod == null ? code + ": its first terms (" + terms + ")"
                : code + ": terms in force since period " + termsFromPeriod + " (" + terms + "); periods before "
                        + termsFromPeriod + " keep the terms they had";
    }

    /** target - uptake in percentage points (negative: above target); null when uptake is undefined. */
    public Double uptakeGap() {
        Double uptake = totals.uptake();
        return uptake == null ? null : targetPercent - uptake;
    }

    /** Shortfall against the target, 0-100; a measure with no accepted report at all counts as uptake 0. */
    Double shortfall() {
        if (totals.reports() == 0) {
            return 100.0;
        }
        Double uptake = totals.uptake();
        if (uptake == null) {
            return null;
        }
        return targetPercent == 0 ? 0.0 : 100.0 * Math.max(0, targetPercent - uptake) / targetPercent;
    }

    public long uncoveredSectors() {
        return cells.stream().filter(cell -> !cell.covered()).count();
    }
}
