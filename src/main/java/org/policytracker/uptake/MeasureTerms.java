package org.policytracker.uptake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * A measure's target and eligible sectors in force from a reporting period on (until its next terms):
 * a change of terms never rewrites the metrics of earlier periods. Before its first terms, a measure's
 * own target and sectors are in force.
 */
@Entity
@Table(name = "measure_terms")
public class MeasureTerms {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id")
    private VoluntaryMeasure measure;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_period_id")
    private ReportingPeriod fromPeriod;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal targetPercent;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "measure_terms_sector", joinColumns = @JoinColumn(name = "terms_id"),
            inverseJoinColumns = @JoinColumn(name = "sector_id"))
    private Set<Sector> sectors = new HashSet<>();

    protected MeasureTerms() {
    }

    MeasureTerms(VoluntaryMeasure measure, ReportingPeriod fromPeriod) {
        this.measure = measure;
        this.fromPeriod = fromPeriod;
    }

    void set(BigDecimal targetPercent, Set<Sector> sectors) {
        this.targetPercent = targetPercent;
        this.sectors.clear();
        this.sectors.addAll(sectors);
    }

    public VoluntaryMeasure getMeasure() {
        return measure;
    }

    public ReportingPeriod getFromPeriod() {
        return fromPeriod;
    }

    public BigDecimal getTargetPercent() {
        return targetPercent;
    }

    public Set<Sector> getSectors() {
        return sectors;
    }
}
