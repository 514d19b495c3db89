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
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.policytracker.tenant.TenantOwned;

/** A checkpoint on the way to completing a task. */
@Entity
@Table(name = "task_milestone")
@Audited
public class TaskMilestone extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id")
    private Task task;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String title;

    private LocalDate dueOn;

    @Column(nullable = false)
    private boolean done;

    protected TaskMilestone() {
    }

    TaskMilestone(Task task, int position, String title, LocalDate dueOn, boolean done) {
        this.task = task;
        this.position = position;
        this.title = title;
        this.dueOn = dueOn;
        this.done = done;
    }

    void setDone(boolean done) {
        this.done = done;
    }

    public Task getTask() {
        return task;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public boolean isDone() {
        return done;
    }
}
