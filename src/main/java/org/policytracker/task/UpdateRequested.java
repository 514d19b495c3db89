package org.policytracker.task;

import java.time.Instant;

/**
 * Someone asked a task's owner for an update (issue 15): published inside the transaction that records the
 * request, so whoever delivers it (in the app, by e-mail) does so exactly when the request is kept.
 *
 * @param requestId the update request's id
 * @param taskId the task
 * @param taskTitle the task's title, for the message
 * @param ownerUsername who is asked (the task's owner)
 * @param tenantId the task's organisation
 * @param requestedBy who asks (a program manager or an oversight viewer)
 * @param message the optional message, or null
 * @param requestedAt when (the application's clock)
 */
public record UpdateRequested(long requestId, long taskId, String taskTitle, String ownerUsername, String tenantId,
        String requestedBy, String message, Instant requestedAt) {
}
