package org.policytracker.collab.repository;

import java.time.Instant;
import java.util.List;
import org.policytracker.collab.Notification;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Limit limit);

    /**
     * A job's notice about a page, unless one with the same idempotency key exists: one statement, so two
     * runs (or two nodes) racing on the same key notify once, and neither fails.
     */
    @Modifying
    @Query(nativeQuery = true, value = "insert into notification (recipient, route, idempotency_key, actor, message,"
            + " created_at) values (:recipient, :route, :key, :actor, :message, :at)"
            + " on duplicate key update idempotency_key = idempotency_key")
    void notifyOnce(@Param("key") String idempotencyKey, @Param("recipient") String recipient,
            @Param("route") String route, @Param("actor") String actor, @Param("message") String message,
            @Param("at") Instant at);

    long countByRecipientAndReadAtIsNull(String recipient);

    List<Notification> findByRecipientAndReadAtIsNull(String recipient);
}
