package org.policytracker.gap;

/**
 * Execution of one directive across all agencies: its tasks, their mean percent complete
 * (execution, 0-100) and how many open tasks are past due.
 */
public record DirectiveProgress(long directiveId, String orderCode, String directiveCode, String title,
        String leadAgency, long taskCount, double execution, long overdueOpenTasks) {
}
