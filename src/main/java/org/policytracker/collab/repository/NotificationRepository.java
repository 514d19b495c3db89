package org.policytracker.collab.repository;

import java.util.List;
import org.policytracker.collab.Notification;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Limit limit);

    long countByRecipientAndReadAtIsNull(String recipient);

    List<Notification> findByRecipientAndReadAtIsNull(String recipient);
}
