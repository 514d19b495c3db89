package org.policytracker.uptake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.policytracker.order.Basis;
import org.policytracker.order.Directive;

/** A voluntary measure that organisations of some sectors may take up, with an uptake target. */
@Entity
@Table(name = "voluntary_measure")
@Audited
public class VoluntaryMeasure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "directive_id")
    private Directive directive;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String adoptionDefinition;

    @Column(nullable = false)
    private String eligiblePopulation;

    /** Share of eligible organisations, in percent, expected to take the measure up by the target date. */
    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal targetPercent;

    private LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Basis targetBasis;

    @NotAudited
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "measure_sector", joinColumns = @JoinColumn(name = "measure_id"),
            inverseJoinColumns = @JoinColumn(name = "sector_id"))
    private Set<Sector> sectors = new HashSet<>();

    @Version
    private long version;

    protected VoluntaryMeasure() {
    }

    public VoluntaryMeasure(Directive directive, String code, String title, String adoptionDefinition,
            String eligiblePopulation, BigDecimal targetPercent, LocalDate targetDate, Basis targetBasis) {
        this.directive = directive;
        this.code = code;
        this.title = title;
        this.adoptionDefinition = adoptionDefinition;
        this.eligiblePopulation = eligiblePopulation;
        this.targetPercent = targetPercent;
        this.targetDate = targetDate;
        this.targetBasis = targetBasis;
    }

    /**
     * Changes what the measure is and asks for; its target percent and sectors here are its first
     * terms, which a later change does not overwrite ({@link MeasureTerms}).
     */
    void edit(Directive directive, String title, String adoptionDefinition, String eligiblePopulation,
            LocalDate targetDate) {
        this.directive = directive;
        this.title = title;
        this.adoptionDefinition = adoptionDefinition;
        this.eligiblePopulation = eligiblePopulation;
        this.targetDate = targetDate;
    }

    /**
     * Replaces what the measure says (all but its code and its terms), e.g. from an imported order
     * configuration: its first terms stay, a change of them is new {@link MeasureTerms}.
     */
    public void redefine(Directive directive, String title, String adoptionDefinition, String eligiblePopulation,
            LocalDate targetDate, Basis targetBasis) {
        edit(directive, title, adoptionDefinition, eligiblePopulation, targetDate);
        this.targetBasis = targetBasis;
    }

    public Long getId() {
        return id;
    }

    public Directive getDirective() {
        return directive;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getAdoptionDefinition() {
        return adoptionDefinition;
    }

    public String getEligiblePopulation() {
        return eligiblePopulation;
    }

    public BigDecimal getTargetPercent() {
        return targetPercent;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public Basis getTargetBasis() {
        return targetBasis;
    }

    public Set<Sector> getSectors() {
        return sectors;
    }
}
