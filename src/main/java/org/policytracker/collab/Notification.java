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

/**
 * Tells one person that something concerns them: an item (they were mentioned, asked for an update) or, from a
 * scheduled job, a page (a reminder, the weekly digest).
 */
@Entity
@OversightWritable
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String recipient;

    /** null for a job's notice, which points at {@link #route} */
    @Enumerated(EnumType.STRING)
    private ItemType itemType;

    private Long itemId;

    /** the page a job's notice is about ({@code tasks/42}, {@code gaps}); null for an item's notice */
    private String route;

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

    /** The item it is about, or null for a job's notice (which has a {@link #getRoute() route}). */
    public ItemRef getItem() {
        return itemType == null ? null : new ItemRef(itemType, itemId);
    }

    public String getRoute() {
        return route;
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
