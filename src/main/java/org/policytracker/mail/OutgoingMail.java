package org.policytracker.mail;

/**
 * A message to queue.
 *
 * @param idempotencyKey what the message is about and why, e.g. {@code reminder:task:42:due-in-7d:2026-11-29}:
 *     a second message with the same key is not queued
 * @param recipientUsername who receives it (their address comes from the directory of people)
 * @param kind which of the person's preferences applies
 * @param subject the subject line
 * @param text the message: what and why (the link and the unsubscribe line are added)
 * @param route the page the message is about, as a route ({@code tasks/42})
 * @param attachment a file to send with it, or null
 */
public record OutgoingMail(String idempotencyKey, String recipientUsername, MessageKind kind, String subject,
        String text, String route, Attachment attachment) {

    public OutgoingMail(String idempotencyKey, String recipientUsername, MessageKind kind, String subject,
            String text, String route) {
        this(idempotencyKey, recipientUsername, kind, subject, text, route, null);
    }

    /** A PDF sent with the message. */
    public record Attachment(String fileName, byte[] pdf) {
    }
}
