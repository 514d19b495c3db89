package org.policytracker.collab;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Limit limit);

    long countByRecipientAndReadAtIsNull(String recipient);

    List<Notification> findByRecipientAndReadAtIsNull(String recipient);
}
