package org.policytracker.uptake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.policytracker.tenant.TenantOwned;

/** A link to evidence behind a participation report. */
@Entity
@Table(name = "report_evidence_link")
public class ReportEvidenceLink extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private ParticipationReport report;

    @Column(nullable = false)
    private String label;

    @Column(nullable = false)
    private String url;

    protected ReportEvidenceLink() {
    }

    public ReportEvidenceLink(ParticipationReport report, String label, String url) {
        this.report = report;
        this.label = label;
        this.url = url;
    }

    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public String getUrl() {
        return url;
    }
}
