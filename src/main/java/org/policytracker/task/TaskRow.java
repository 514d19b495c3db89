package org.policytracker.task;

import java.time.LocalDate;

/** One line of an agency's task list. */
public record TaskRow(long id, String orderCode, String directiveCode, String directiveTitle, String title,
        TaskStatus status, int percentComplete, LocalDate dueOn, String ownerUsername, boolean overdue) {
}
