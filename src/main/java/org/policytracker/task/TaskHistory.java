package org.policytracker.task;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.policytracker.audit.AuditRevision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change history of a task, read from the audit trail that Hibernate Envers writes with every
 * save (who, when, which field, before, after). The application has no path that writes or edits
 * that trail.
 */
@Service
public class TaskHistory {

    private final TaskQueries tasks;
    private final EntityManager entityManager;

    TaskHistory(TaskQueries tasks, EntityManager entityManager) {
        this.tasks = tasks;
        this.entityManager = entityManager;
    }

    /** One recorded change of one field (or an added item) of a task. */
    public record Change(Instant at, String username, String field, String before, String after) {
    }

    /** Newest first. The task must belong to the user's agency (else "not found"). */
    @Transactional(readOnly = true)
    public List<Change> of(long taskId) {
        Task current = tasks.find(taskId);
        var audit = AuditReaderFactory.get(entityManager);
        List<Change> changes = new ArrayList<>();

        List<?> revisions = audit.createQuery().forRevisionsOfEntity(Task.class, false, true)
                .add(AuditEntity.id().eq(taskId)).addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        TaskSnapshot previous = null;
        for (Object revision : revisions) {
            Object[] parts = (Object[]) revision;
            TaskSnapshot snapshot = TaskSnapshot.of((Task) parts[0]);
            AuditRevision by = (AuditRevision) parts[1];
            if (previous == null || parts[2] == RevisionType.ADD) {
                changes.add(new Change(by.getTimestamp(), by.getUsername(), "Task created", "", snapshot.title()));
            } else {
                for (TaskSnapshot.FieldChange change : previous.changesTo(snapshot)) {
                    changes.add(new Change(by.getTimestamp(), by.getUsername(), change.field(), change.before(),
                            change.after()));
                }
            }
            previous = snapshot;
        }

        List<?> milestoneRevisions = audit.createQuery().forRevisionsOfEntity(TaskMilestone.class, false, true)
                .add(AuditEntity.relatedId("task").eq(taskId)).addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        for (Object revision : milestoneRevisions) {
            Object[] parts = (Object[]) revision;
            TaskMilestone milestone = (TaskMilestone) parts[0];
            AuditRevision by = (AuditRevision) parts[1];
            String state = milestone.getTitle() + (milestone.isDone() ? " (done)" : " (open)");
            changes.add(new Change(by.getTimestamp(), by.getUsername(),
                    parts[2] == RevisionType.ADD ? "Milestone added" : "Milestone changed", "", state));
        }
        for (TaskEvidenceLink link : current.getEvidenceLinks()) {
            changes.add(new Change(link.getAddedAt(), link.getAddedBy(), "Evidence added", "",
                    link.getLabel() + " <" + link.getUrl() + ">"));
        }
        for (TaskProgressUpdate update : current.getProgressUpdates()) {
            changes.add(new Change(update.getCreatedAt(), update.getAuthor(), "Progress update", "",
                    update.getReportedOn() + ": " + update.getNarrative()));
        }
        changes.sort(Comparator.comparing(Change::at).reversed());
        return changes;
    }
}
