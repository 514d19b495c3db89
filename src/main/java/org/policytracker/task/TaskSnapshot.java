package org.policytracker.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** A task's editable values as they were at one version, with who saved that version and when. */
public record TaskSnapshot(long id, long version, String title, String description, String ownerUsername,
        TaskStatus status, int percentComplete, LocalDate startOn, LocalDate dueOn, LocalDate completedOn,
        String statusReason, String updatedBy, Instant updatedAt) {

    /** The fields shown in conflicts and in the history, with their labels. */
    private static final List<Field> FIELDS = List.of(
            new Field("Title", TaskSnapshot::title),
            new Field("Description", TaskSnapshot::description),
            new Field("Owner", TaskSnapshot::ownerUsername),
            new Field("Status", TaskSnapshot::status),
            new Field("Percent complete", TaskSnapshot::percentComplete),
            new Field("Start date", TaskSnapshot::startOn),
            new Field("Due date", TaskSnapshot::dueOn),
            new Field("Completed on", TaskSnapshot::completedOn),
            new Field("Reason", TaskSnapshot::statusReason));

    static TaskSnapshot of(Task task) {
        return new TaskSnapshot(task.getId(), task.getVersion(), task.getTitle(), task.getDescription(),
                task.getOwnerUsername(), task.getStatus(), task.getPercentComplete(), task.getStartOn(),
                task.getDueOn(), task.getCompletedOn(), task.getStatusReason(), task.getUpdatedBy(),
                task.getUpdatedAt());
    }

    public TaskEdit toEdit() {
        return new TaskEdit(title, description, ownerUsername, status, percentComplete, startOn, dueOn, completedOn,
                statusReason);
    }

    /** Each field whose value differs in {@code later}, with this snapshot's value as "before". */
    public List<FieldChange> changesTo(TaskSnapshot later) {
        List<FieldChange> changes = new ArrayList<>();
        for (Field field : FIELDS) {
            Object before = field.value().apply(this);
            Object after = field.value().apply(later);
            if (!Objects.equals(before, after)) {
                changes.add(new FieldChange(field.label(), text(before), text(after)));
            }
        }
        return changes;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private record Field(String label, Function<TaskSnapshot, Object> value) {
    }

    /** One field's value before and after a change. */
    public record FieldChange(String field, String before, String after) {
    }
}
