package org.policytracker.task;

/**
 * Published (as a Spring application event) inside the transaction that changed a task; listeners
 * that tell other users act only after it commits.
 */
public record TaskChanged(long taskId, String tenantId, long directiveId, String title, String actor,
        String summary) {
}
