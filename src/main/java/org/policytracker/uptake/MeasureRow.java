package org.policytracker.uptake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One voluntary measure of the catalogue: what counts as adoption, who is eligible, the target. */
public record MeasureRow(String code, String title, String order, String directive, String directiveTitle,
        String leadAgency, String adoptionDefinition, String eligiblePopulation, BigDecimal targetPercent,
        LocalDate targetDate, String targetBasis, List<String> sectors) {

    /** The measure with its first terms. */
    static MeasureRow of(VoluntaryMeasure measure) {
        return of(measure, measure.getTargetPercent(), measure.getSectors().stream().map(Sector::getId).sorted().toList());
    }

    /** The measure with the given terms (those in force in some period). */
    static MeasureRow of(VoluntaryMeasure measure, BigDecimal targetPercent, List<String> sectors) {
        return new MeasureRow(measure.getCode(), measure.getTitle(), measure.getDirective().getOrder().getCode(),
                measure.getDirective().getCode(), measure.getDirective().getTitle(),
                measure.getDirective().getLeadAgency().getId(), measure.getAdoptionDefinition(),
                measure.getEligiblePopulation(), targetPercent, measure.getTargetDate(), measure.getTargetBasis().name(),
                sectors);
    }
}
