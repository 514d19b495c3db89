package org.policytracker.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A version of an order's text, e.g. a reported draft and the signed order. */
@Entity
@Table(name = "order_version")
public class OrderVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private ExecutiveOrder order;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String label;

    private LocalDate effectiveOn;

    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VersionBasis basis;

    protected OrderVersion() {
    }

    OrderVersion(ExecutiveOrder order, int position, String label, LocalDate effectiveOn, String summary,
            VersionBasis basis) {
        this.order = order;
        this.position = position;
        this.label = label;
        this.effectiveOn = effectiveOn;
        this.summary = summary;
        this.basis = basis;
    }

    public String getLabel() {
        return label;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public String getSummary() {
        return summary;
    }

    public VersionBasis getBasis() {
        return basis;
    }
}
