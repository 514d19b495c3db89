package org.policytracker.task;

import java.time.LocalDate;

/** An open task's due date, as a person's calendar shows it. */
public record TaskDeadline(long taskId, String title, String orderCode, String directiveCode, LocalDate dueOn) {
}
