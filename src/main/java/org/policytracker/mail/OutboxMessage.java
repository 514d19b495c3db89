package org.policytracker.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.policytracker.audit.OversightWritable;

/**
 * One e-mail in the outbox: queued in the transaction that caused it, sent by {@link MailDelivery}; a
 * failed attempt leaves it queued with the error and the time of the next attempt. An oversight viewer's own
 * allowed writes (an update request) queue mail too, so the read-only guard lets this entity through.
 */
@OversightWritable
@Entity
@Table(name = "mail_outbox")
public class OutboxMessage {

    /** Where a message stands. */
    public enum Status {
        /** waiting for its (next) attempt */
        QUEUED,
        /** accepted by the SMTP server */
        SENT
    }

    static final int MAX_ERROR_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String idempotencyKey;

    @Column(nullable = false)
    private String recipientUsername;

    @Column(nullable = false)
    private String recipientAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MessageKind kind;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private String link;

    private String attachmentName;

    private byte[] attachment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    private int attempts;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant nextAttemptAt;

    private Instant sentAt;

    private String lastError;

    protected OutboxMessage() {
    }

    void sent(Instant at) {
        attempts++;
        status = Status.SENT;
        sentAt = at;
        lastError = null;
    }

    void failed(Instant at, String error, Duration retryAfter) {
        attempts++;
        lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        nextAttemptAt = at.plus(retryAfter);
    }

    public Long getId() {
        return id;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getRecipientUsername() {
        return recipientUsername;
    }

    public String getRecipientAddress() {
        return recipientAddress;
    }

    public MessageKind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getLink() {
        return link;
    }

    /** The name of the PDF sent with the message, or null. */
    public String getAttachmentName() {
        return attachmentName;
    }

    byte[] getAttachment() {
        return attachment;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
