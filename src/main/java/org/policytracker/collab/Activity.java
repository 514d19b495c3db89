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
import org.hibernate.annotations.Immutable;

/** One line of the activity feed: who did what to which item, when. */
@Entity
@OversightWritable
@Table(name = "activity")
@Immutable
public class Activity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemType itemType;

    @Column(nullable = false)
    private long itemId;

    private Long directiveId;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false, length = Summaries.COLUMN_LENGTH)
    private String summary;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    protected Activity() {
    }

    Activity(String tenantId, ItemRef item, Long directiveId, String actor, String summary, Instant at) {
        this.tenantId = tenantId;
        this.itemType = item.type();
        this.itemId = item.id();
        this.directiveId = directiveId;
        this.actor = actor;
        this.summary = Summaries.shorten(summary, Summaries.COLUMN_LENGTH);
        this.at = at;
    }

    public ItemRef getItem() {
        return new ItemRef(itemType, itemId);
    }

    public String getActor() {
        return actor;
    }

    public String getSummary() {
        return summary;
    }

    public Instant getAt() {
        return at;
    }
}
