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
import org.policytracker.audit.OversightWritable;
import org.policytracker.tenant.TenantOwned;

/**
 * Someone asked a task's owner for an update; the next progress update on the task answers it. It
 * belongs to the task's agency (whoever asked), so it is read with the task. Oversight viewers may
 * write it: asking is their own kind of write, while the task itself stays read-only for them.
 */
@Entity
@OversightWritable
@Table(name = "task_update_request")
public class TaskUpdateRequest extends TenantOwned {

    /** The longest message kept with a request. */
    public static final int MAX_MESSAGE_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false, updatable = false)
    private long taskId;

    @Column(nullable = false, updatable = false)
    private String ownerUsername;

    @Column(nullable = false, updatable = false)
    private String requestedBy;

    @Column(nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(updatable = false, length = MAX_MESSAGE_LENGTH)
    private String message;

    private Instant answeredAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "answered_by_update")
    private TaskProgressUpdate answeredBy;

    protected TaskUpdateRequest() {
    }

    TaskUpdateRequest(long taskId, String ownerUsername, String requestedBy, Instant requestedAt, String message) {
        this.taskId = taskId;
        this.ownerUsername = ownerUsername;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.message = message;
    }

    void answer(TaskProgressUpdate update, Instant at) {
        if (answeredAt == null) {
            answeredBy = update;
            answeredAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public long getTaskId() {
        return taskId;
    }

    public String getOwnerUsername() {
        return ownerUsername;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getMessage() {
        return message;
    }

    public boolean isOpen() {
        return answeredAt == null;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public TaskProgressUpdate getAnsweredBy() {
        return answeredBy;
    }
}
