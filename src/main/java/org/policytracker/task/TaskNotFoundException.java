package org.policytracker.task;

/**
 * The task does not exist or belongs to another agency: both look the same, so a guessed id reveals
 * nothing about other tenants.
 */
public class TaskNotFoundException extends RuntimeException {

    public TaskNotFoundException(long id) {
        super("Task " + id + " was not found among your agency's tasks");
    }
}
