package org.policytracker.mail.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.policytracker.mail.OutboxEntry;
import org.policytracker.mail.OutboxMessage;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The outbox (no tenant: a message belongs to its recipient). */
public interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    /**
     * Queues a message unless one with the same idempotency key exists: one statement, so two job runs
     * (or two nodes) racing on the same key queue it once, and neither fails.
     */
    @Modifying
    @Query(nativeQuery = true, value = "insert into mail_outbox (idempotency_key, recipient_username,"
            + " recipient_address, kind, subject, body, link, attachment_name, attachment, status, attempts, created_at,"
            + " next_attempt_at) values (:key, :username, :address, :kind, :subject, :body, :link, :attachmentName,"
            + " :attachment, 'QUEUED', 0, :at, :at)"
            + " on duplicate key update idempotency_key = idempotency_key")
    void queueOnce(@Param("key") String idempotencyKey, @Param("username") String username,
            @Param("address") String address, @Param("kind") String kind, @Param("subject") String subject,
            @Param("body") String body, @Param("link") String link, @Param("attachmentName") String attachmentName,
            @Param("attachment") byte[] attachment, @Param("at") Instant at);

    /**
     * The next message due for an attempt, locked for this transaction; a row another node holds is
     * skipped, not waited for, so two workers never send the same message.
     */
    @Query(nativeQuery = true, value = "select * from mail_outbox where status = 'QUEUED' and next_attempt_at <= :now"
            + " order by next_attempt_at, id limit 1 for update skip locked")
    Optional<OutboxMessage> claimNextDue(@Param("now") Instant now);

    /** The latest messages as the outbox page lists them (without their attachments' bytes), newest first. */
    @Query("select new org.policytracker.mail.OutboxEntry(m.id, m.createdAt, m.recipientAddress, m.kind, m.subject,"
            + " m.attachmentName, m.status, m.attempts, m.nextAttemptAt, m.sentAt, m.lastError, m.idempotencyKey)"
            + " from OutboxMessage m order by m.createdAt desc, m.id desc")
    List<OutboxEntry> findLatest(Limit limit);

    List<OutboxMessage> findByRecipientUsernameOrderById(String recipientUsername);

    Optional<OutboxMessage> findByIdempotencyKey(String idempotencyKey);

    /** Removes the messages sent before the given time; how many. Messages not sent yet are never removed. */
    @Modifying
    @Query("delete from OutboxMessage m where m.status = org.policytracker.mail.OutboxMessage.Status.SENT"
            + " and m.sentAt < :before")
    int deleteSentBefore(@Param("before") Instant before);

    long countByStatus(OutboxMessage.Status status);

    long countByStatusAndNextAttemptAtLessThanEqual(OutboxMessage.Status status, Instant at);
}
