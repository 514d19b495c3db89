package org.policytracker.task;

import java.time.Instant;
import java.time.LocalDate;

/** One line of a task list, with what the grid flags: overdue (open past its due date) and stale. */
public record TaskRow(long id, String agency, long directiveId, String orderCode, String directiveCode,
        String directiveTitle, String title, TaskStatus status, int percentComplete, LocalDate dueOn,
        String ownerUsername, String ownerName, Instant lastActivityAt, boolean overdue, boolean stale) {
}
