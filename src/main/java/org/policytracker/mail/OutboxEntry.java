package org.policytracker.mail;

import java.time.Instant;

/** One message as the administrators' outbox page lists it: where it stands, without its attachment's bytes. */
public record OutboxEntry(long id, Instant createdAt, String recipientAddress, MessageKind kind, String subject,
        String attachmentName, OutboxMessage.Status status, int attempts, Instant nextAttemptAt, Instant sentAt,
        String lastError, String idempotencyKey) {
}
