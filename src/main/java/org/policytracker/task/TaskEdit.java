package org.policytracker.task;

import java.time.LocalDate;

/** The values a program manager can change on a task in the editor. */
public record TaskEdit(String title, String description, String ownerUsername, TaskStatus status,
        Integer percentComplete, LocalDate startOn, LocalDate dueOn, LocalDate completedOn, String statusReason) {
}
