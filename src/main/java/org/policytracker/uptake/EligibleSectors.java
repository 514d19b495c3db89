package org.policytracker.uptake;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which sectors each measure applies to in a reporting period: its first sectors until its first
 * change of terms, then those of the latest change that applies from that period or an earlier one
 * ({@link MeasureTerms}). Reports, obligations and the gap metrics all follow this same rule.
 */
final class EligibleSectors {

    private final Map<Long, List<MeasureTerms>> changesByMeasure;

    /** {@code changes}: every change of terms, with its period and sectors loaded. */
    EligibleSectors(List<MeasureTerms> changes) {
        this.changesByMeasure = changes.stream().collect(Collectors.groupingBy(t -> t.getMeasure().getId(),
                Collectors.collectingAndThen(Collectors.toList(), list -> list.stream()
                        .sorted(Comparator.comparing(t -> t.getFromPeriod().getStartsOn())).toList())));
    }

    /** The ids of the sectors the measure applies to in the period (null: no period, the first terms). */
    Set<String> of(VoluntaryMeasure measure, ReportingPeriod period) {
        Set<Sector> inForce = measure.getSectors();
        if (period != null) {
            for (MeasureTerms change : changesByMeasure.getOrDefault(measure.getId(), List.of())) {
                if (!change.getFromPeriod().getStartsOn().isAfter(period.getStartsOn())) {
                    inForce = change.getSectors();
                }
            }
        }
        return inForce.stream().map(Sector::getId).collect(Collectors.toUnmodifiableSet());
    }
}
