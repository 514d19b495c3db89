package org.policytracker.uptake;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.policytracker.order.ExecutiveOrder;
import org.policytracker.uptake.repository.MeasureTermsRepository;
import org.policytracker.uptake.repository.ReportingPeriodRepository;
import org.policytracker.uptake.repository.SectorRepository;
import org.policytracker.uptake.repository.VoluntaryMeasureRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Voluntary measures, sectors and reporting periods as definitions, read and written by the order
 * configuration import and export of the admin module, inside the caller's transaction: the caller
 * checks who may do it and records each change.
 */
@Service
public class MeasureDefinitions {

    private final VoluntaryMeasureRepository measures;
    private final MeasureTermsRepository terms;
    private final SectorRepository sectors;
    private final ReportingPeriodRepository periods;

    MeasureDefinitions(VoluntaryMeasureRepository measures, MeasureTermsRepository terms, SectorRepository sectors,
            ReportingPeriodRepository periods) {
        this.measures = measures;
        this.terms = terms;
        this.sectors = sectors;
        this.periods = periods;
    }

    /** The measures of the order's directives in the order they were added. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<VoluntaryMeasure> measures(ExecutiveOrder order) {
        return measures.findByOrder(order);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<VoluntaryMeasure> measure(String code) {
        return measures.findByCode(code);
    }

    /** The measure's changes of terms (after its first terms), in the order they take effect. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<MeasureTerms> terms(VoluntaryMeasure measure) {
        return terms.findByMeasureInOrder(measure);
    }

    /** Sets the measure's target and sectors from the period on (its terms from that period, added or replaced). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void setTerms(VoluntaryMeasure measure, ReportingPeriod fromPeriod, BigDecimal targetPercent,
            Set<Sector> covered) {
        MeasureTerms changed = terms.findByMeasureAndFromPeriod(measure, fromPeriod)
                .orElseGet(() -> new MeasureTerms(measure, fromPeriod));
        changed.set(targetPercent, covered);
        terms.save(changed);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Sector> sector(String id) {
        return sectors.findById(id);
    }

    /** Every reporting period, the earliest first. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ReportingPeriod> periods() {
        return periods.findAllByOrderByStartsOnAscCodeAsc();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<ReportingPeriod> period(String code) {
        return periods.findByCode(code);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public VoluntaryMeasure save(VoluntaryMeasure measure) {
        return measures.save(measure);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Sector save(Sector sector) {
        return sectors.save(sector);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public ReportingPeriod save(ReportingPeriod period) {
        return periods.save(period);
    }
}
