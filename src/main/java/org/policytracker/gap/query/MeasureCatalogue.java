package org.policytracker.gap.query;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.policytracker.gap.GapDashboard.PeriodRef;
import org.policytracker.gap.MeasureUptake;
import org.policytracker.gap.ReportTotals;
import org.policytracker.gap.UptakeCell;

/**
 * The measures of a filter with every set of terms they have had, read once per dashboard: which
 * target and eligible sectors apply to a period is then worked out without another query. A
 * measure's first terms apply until its first change of terms; a change applies from its period's
 * start on (to periods starting on or after it).
 */
public final class MeasureCatalogue {

    /** One measure as read; {@code changes}: its later terms, in the order they take effect. */
    record Measure(long id, String code, String title, long directiveId, String directiveLabel, Terms first,
            List<Terms> changes) {
    }

    /** A target and its eligible sectors (in the filter), from a period on; {@code fromPeriod} null: first terms. */
    record Terms(String fromPeriod, LocalDate fromDate, double targetPercent, List<Sector> sectors) {
    }

    record Sector(String id, String name) {
    }

    private final List<Measure> measures;
    private final boolean onlyWithSectors;

    MeasureCatalogue(List<Measure> measures, boolean onlyWithSectors) {
        this.measures = measures;
        this.onlyWithSectors = onlyWithSectors;
    }

    /**
     * Each measure with the terms in force for the period (null: none, the first terms) and one cell
     * per eligible sector, from the period's report totals; with a sector filter, only the measures
     * that sector is eligible for in that period.
     */
    public List<MeasureUptake> in(PeriodRef period, Map<Slot, ReportTotals> totals) {
        return measures.stream().map(measure -> {
            Terms terms = termsFor(measure, period);
            List<UptakeCell> cells = terms.sectors().stream()
                    .sorted(Comparator.comparing(Sector::name))
                    .map(sector -> new UptakeCell(measure.id(), sector.id(), sector.name(),
                            totals.getOrDefault(new Slot(measure.id(), sector.id()), ReportTotals.NONE)))
                    .toList();
            ReportTotals sum = cells.stream().map(UptakeCell::totals).reduce(ReportTotals.NONE, ReportTotals::plus);
            return new MeasureUptake(measure.id(), measure.code(), measure.title(), measure.directiveId(),
                    measure.directiveLabel(), terms.targetPercent(), terms.fromPeriod(), sum, cells);
        }).filter(measure -> !onlyWithSectors || !measure.cells().isEmpty()).toList();
    }

    private static Terms termsFor(Measure measure, PeriodRef period) {
        Terms inForce = measure.first();
        if (period == null) {
            return inForce;
        }
        for (Terms change : measure.changes()) {
            if (!change.fromDate().isAfter(period.startsOn())) {
                inForce = change;
            }
        }
        return inForce;
    }
}
