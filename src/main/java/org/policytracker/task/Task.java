package org.policytracker.task;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.policytracker.audit.Attributed;
import org.policytracker.order.Directive;

/** A piece of an agency's work that carries out a directive. Owned by the agency (tenant). */
@Entity
@Table(name = "task")
@Audited
public class Task extends Attributed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "directive_id")
    private Directive directive;

    @Column(nullable = false)
    private String title;

    private String description;

    private String ownerUsername;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskStatus status = TaskStatus.NOT_STARTED;

    @Column(nullable = false)
    private int percentComplete;

    private LocalDate startOn;
    private LocalDate dueOn;
    private LocalDate completedOn;
    private String statusReason;

    /** Last time anything about the task changed or was reported; drives staleness. */
    @Column(nullable = false)
    private Instant lastActivityAt;

    @NotAudited
    @OneToMany(mappedBy = "task", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<TaskMilestone> milestones = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "task", cascade = CascadeType.ALL)
    @OrderBy("addedAt, id")
    private List<TaskEvidenceLink> evidenceLinks = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "task", cascade = CascadeType.ALL)
    @OrderBy("reportedOn, createdAt, id")
    private List<TaskProgressUpdate> progressUpdates = new ArrayList<>();

    protected Task() {
    }

    public Task(Directive directive, String title, String description, Instant createdAt) {
        this.directive = directive;
        this.title = title;
        this.description = description;
        this.lastActivityAt = createdAt;
    }

    public void setProgress(TaskStatus status, int percentComplete, String statusReason, LocalDate completedOn) {
        this.status = status;
        this.percentComplete = percentComplete;
        this.statusReason = statusReason;
        this.completedOn = completedOn;
    }

    /** Takes the editor's values (already normalised and checked by {@link TaskRules}). */
    void apply(TaskEdit edit, Instant at) {
        this.title = edit.title().strip();
        this.description = edit.description();
        this.ownerUsername = edit.ownerUsername();
        this.startOn = edit.startOn();
        this.dueOn = edit.dueOn();
        setProgress(edit.status(), edit.percentComplete(), edit.statusReason(), edit.completedOn());
        recordActivity(at);
    }

    public void setSchedule(LocalDate startOn, LocalDate dueOn) {
        this.startOn = startOn;
        this.dueOn = dueOn;
    }

    public void setOwnerUsername(String ownerUsername) {
        this.ownerUsername = ownerUsername;
    }

    /** Something about the task changed or was reported at that instant (staleness counts from the latest). */
    public void recordActivity(Instant at) {
        if (lastActivityAt == null || at.isAfter(lastActivityAt)) {
            this.lastActivityAt = at;
        }
    }

    public TaskMilestone addMilestone(String title, LocalDate dueOn, boolean done) {
        TaskMilestone milestone = new TaskMilestone(this, milestones.size(), title, dueOn, done);
        milestones.add(milestone);
        return milestone;
    }

    public TaskEvidenceLink addEvidenceLink(String label, String url, String addedBy, Instant addedAt) {
        TaskEvidenceLink link = new TaskEvidenceLink(this, label, url, addedBy, addedAt);
        evidenceLinks.add(link);
        return link;
    }

    public TaskProgressUpdate addProgressUpdate(LocalDate reportedOn, String narrative, String author,
            Instant createdAt) {
        TaskProgressUpdate update = new TaskProgressUpdate(this, reportedOn, narrative, author, createdAt);
        progressUpdates.add(update);
        recordActivity(createdAt);
        return update;
    }

    public Long getId() {
        return id;
    }

    public Directive getDirective() {
        return directive;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getOwnerUsername() {
        return ownerUsername;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public int getPercentComplete() {
        return percentComplete;
    }

    public LocalDate getStartOn() {
        return startOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public List<TaskMilestone> getMilestones() {
        return milestones;
    }

    public List<TaskEvidenceLink> getEvidenceLinks() {
        return evidenceLinks;
    }

    public List<TaskProgressUpdate> getProgressUpdates() {
        return progressUpdates;
    }
}
