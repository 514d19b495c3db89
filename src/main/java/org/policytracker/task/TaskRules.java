package org.policytracker.task;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The rules a task must satisfy, with a message per field. {@link #normalise} first applies what a
 * status implies (DONE means 100 % and a completion date), then {@link #check} reports violations.
 * The field names are public: a form shows each message of a {@link TaskValidationException} beside its field.
 */
public final class TaskRules {

    public static final String DIRECTIVE = "directive";
    public static final String TITLE = "title";
    public static final String OWNER = "ownerUsername";
    public static final String OWNER_NOT_OF_AGENCY = "The owner must be a program manager of your agency";
    public static final String PERCENT = "percentComplete";
    public static final String DUE = "dueOn";
    public static final String COMPLETED = "completedOn";
    public static final String REASON = "statusReason";

    private TaskRules() {
    }

    /** DONE sets 100 % and, if missing, today's completion date; other statuses have no completion date. */
    static TaskEdit normalise(TaskEdit edit, LocalDate today) {
        if (edit.status() == TaskStatus.DONE) {
            return new TaskEdit(edit.title(), edit.description(), edit.ownerUsername(), edit.status(), 100,
                    edit.startOn(), edit.dueOn(), edit.completedOn() == null ? today : edit.completedOn(),
                    edit.statusReason());
        }
        return new TaskEdit(edit.title(), edit.description(), edit.ownerUsername(), edit.status(),
                edit.percentComplete(), edit.startOn(), edit.dueOn(), null, edit.statusReason());
    }

    static Map<String, String> check(TaskEdit edit, Set<String> possibleOwners, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (edit.title() == null || edit.title().isBlank()) {
            errors.put(TITLE, "Give the task a title");
        } else if (edit.title().length() > 300) {
            errors.put(TITLE, "The title is " + edit.title().length() + " characters long; at most 300 fit");
        }
        if (edit.ownerUsername() != null && !possibleOwners.contains(edit.ownerUsername())) {
            errors.put(OWNER, OWNER_NOT_OF_AGENCY);
        }
        if (edit.status() == null) {
            errors.put("status", "Choose a status");
        }
        if (edit.percentComplete() == null) {
            errors.put(PERCENT, "Enter the percent complete (0 to 100)");
        } else if (edit.percentComplete() < 0 || edit.percentComplete() > 100) {
            errors.put(PERCENT, "Percent complete must be between 0 and 100, not " + edit.percentComplete());
        }
        if (edit.startOn() != null && edit.dueOn() != null && edit.dueOn().isBefore(edit.startOn())) {
            errors.put(DUE, "The due date " + edit.dueOn() + " is before the start date " + edit.startOn());
        }
        if (edit.completedOn() != null && edit.completedOn().isAfter(today)) {
            errors.put(COMPLETED, "The completion date cannot be in the future");
        } else if (edit.completedOn() != null && edit.startOn() != null && edit.completedOn().isBefore(edit.startOn())) {
            errors.put(COMPLETED, "The completion date is before the start date " + edit.startOn());
        }
        if ((edit.status() == TaskStatus.AT_RISK || edit.status() == TaskStatus.BLOCKED)
                && (edit.statusReason() == null || edit.statusReason().isBlank())) {
            errors.put(REASON, "Say why the task is " + edit.status().name().replace('_', ' ').toLowerCase());
        } else if (edit.statusReason() != null && edit.statusReason().length() > 2000) {
            errors.put(REASON, "The reason is longer than 2000 characters");
        }
        return errors;
    }
}
