package org.policytracker.uptake;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which sectors each measure applies to in a reporting period, and its target there: its first terms
 * until its first change of terms, then those of the latest change that applies from that period or an
 * earlier one ({@link MeasureTerms}). Reports, obligations, the reporter's measure list and the gap
 * metrics all follow this same rule.
 */
final class EligibleSectors {

    private final Map<Long, List<MeasureTerms>> changesByMeasure;
    /**
     * {@link #of}'s answers so far: a CSV import asks for the same measure and period on thousands of
     * rows. An instance serves one request (one thread), like the entities it was given.
     */
    private final Map<Slot, Set<String>> answered = new HashMap<>();

    private record Slot(Long measureId, Long periodId) {
    }

    /** {@code changes}: every change of terms, with its period and sectors loaded. */
    EligibleSectors(List<MeasureTerms> changes) {
        this.changesByMeasure = changes.stream().collect(Collectors.groupingBy(t -> t.getMeasure().getId(),
                Collectors.collectingAndThen(Collectors.toList(), list -> list.stream()
                        .sorted(Comparator.comparing(t -> t.getFromPeriod().getStartsOn())).toList())));
    }

    /** The ids of the sectors the measure applies to in the period (null: no period, the first terms). */
    Set<String> of(VoluntaryMeasure measure, ReportingPeriod period) {
        return answered.computeIfAbsent(new Slot(measure.getId(), period == null ? null : period.getId()), slot -> {
            MeasureTerms change = changeInForce(measure, period);
            Set<Sector> inForce = change == null ? measure.getSectors() : change.getSectors();
            return inForce.stream().map(Sector::getId).collect(Collectors.toUnmodifiableSet());
        });
    }

    /** The measure's target percent in the period (null: no period, the first terms). */
    BigDecimal targetPercent(VoluntaryMeasure measure, ReportingPeriod period) {
        MeasureTerms change = changeInForce(measure, period);
        return change == null ? measure.getTargetPercent() : change.getTargetPercent();
    }

    /** The measure as it applies in the period: its target and sectors there. */
    MeasureRow row(VoluntaryMeasure measure, ReportingPeriod period) {
        return MeasureRow.of(measure, targetPercent(measure, period), of(measure, period).stream().sorted().toList());
    }

    /** The latest change of terms that applies in the period; null while the first terms apply. */
    private MeasureTerms changeInForce(VoluntaryMeasure measure, ReportingPeriod period) {
        MeasureTerms inForce = null;
        if (period != null) {
            for (MeasureTerms change : changesByMeasure.getOrDefault(measure.getId(), List.of())) {
                if (!change.getFromPeriod().getStartsOn().isAfter(period.getStartsOn())) {
                    inForce = change;
                }
            }
        }
        return inForce;
    }
}
