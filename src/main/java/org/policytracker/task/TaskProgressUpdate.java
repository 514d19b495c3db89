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
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.policytracker.tenant.TenantOwned;

/** A dated progress narrative on a task. Append-only: never changed once written. */
@Entity
@Table(name = "task_progress_update")
@Immutable
public class TaskProgressUpdate extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id")
    private Task task;

    @Column(nullable = false)
    private LocalDate reportedOn;

    @Column(nullable = false)
    private String narrative;

    @Column(nullable = false)
    private String author;

    @Column(nullable = false)
    private Instant createdAt;

    protected TaskProgressUpdate() {
    }

    TaskProgressUpdate(Task task, LocalDate reportedOn, String narrative, String author, Instant createdAt) {
        this.task = task;
        this.reportedOn = reportedOn;
        this.narrative = narrative;
        this.author = author;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public String getNarrative() {
        return narrative;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
