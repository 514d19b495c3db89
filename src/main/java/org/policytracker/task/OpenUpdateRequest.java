package org.policytracker.task;

import java.time.Instant;

/**
 * An update request still waiting for its answer, with the task it is on.
 *
 * @param owner who is asked (the task's owner when asked), a username
 * @param requestedBy who asked, a username
 */
public record OpenUpdateRequest(long id, long taskId, String taskTitle, String owner, String requestedBy,
        Instant requestedAt, String message) {
}
