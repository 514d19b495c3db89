package org.policytracker.task;

import java.util.List;

/**
 * Someone saved the task after the user opened it: the save is refused rather than overwriting
 * their work. Carries what they changed, so the user can reload or re-apply their own edit.
 */
public class TaskConflictException extends RuntimeException {

    private final TaskSnapshot current;
    private final List<TaskSnapshot.FieldChange> changes;

    public TaskConflictException(TaskSnapshot opened, TaskSnapshot current) {
        super("Task \"" + current.title() + "\" was changed by " + current.updatedBy() + " after you opened it");
        this.current = current;
        this.changes = opened.changesTo(current);
    }

    /** The task as it is now. */
    public TaskSnapshot current() {
        return current;
    }

    /** What the other save changed relative to what the user opened. */
    public List<TaskSnapshot.FieldChange> changes() {
        return changes;
    }
}
