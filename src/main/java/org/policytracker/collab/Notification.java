package org.policytracker.collab;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.policytracker.audit.OversightWritable;

/** Tells one person that something concerns them (e.g. they were mentioned). */
@Entity
@OversightWritable
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemType itemType;

    @Column(nullable = false)
    private long itemId;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false, length = Summaries.COLUMN_LENGTH)
    private String message;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant readAt;

    protected Notification() {
    }

    Notification(String recipient, ItemRef item, String actor, String message, Instant createdAt) {
        this.recipient = recipient;
        this.itemType = item.type();
        this.itemId = item.id();
        this.actor = actor;
        this.message = Summaries.shorten(message, Summaries.COLUMN_LENGTH);
        this.createdAt = createdAt;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public ItemRef getItem() {
        return new ItemRef(itemType, itemId);
    }

    public String getActor() {
        return actor;
    }

    public String getMessage() {
        return message;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
