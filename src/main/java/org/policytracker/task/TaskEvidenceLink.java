package org.policytracker.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.policytracker.tenant.TenantOwned;

/** A link to evidence of a task's progress (a memo, a release, a dashboard). */
@Entity
@Table(name = "task_evidence_link")
@Audited
public class TaskEvidenceLink extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id")
    private Task task;

    @Column(nullable = false)
    private String label;

    @Column(nullable = false)
    private String url;

    @Column(nullable = false)
    private Instant addedAt;

    @Column(nullable = false)
    private String addedBy;

    protected TaskEvidenceLink() {
    }

    TaskEvidenceLink(Task task, String label, String url, String addedBy, Instant addedAt) {
        this.task = task;
        this.label = label;
        this.url = url;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
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

    public Instant getAddedAt() {
        return addedAt;
    }

    public String getAddedBy() {
        return addedBy;
    }
}
