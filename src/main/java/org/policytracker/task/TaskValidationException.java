package org.policytracker.task;

import java.util.Map;

/** A change that breaks a task rule; nothing was saved. Messages are keyed by field name. */
public class TaskValidationException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public TaskValidationException(Map<String, String> fieldErrors) {
        super("The task was not saved: " + String.join("; ", fieldErrors.values()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
