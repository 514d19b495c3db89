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

/** A comment on an item. Comments are never edited or deleted. */
@Entity
@OversightWritable
@Table(name = "item_comment")
@Immutable
public class ItemComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemType itemType;

    @Column(nullable = false)
    private long itemId;

    private String itemTenantId;

    @Column(nullable = false)
    private String author;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private Instant createdAt;

    protected ItemComment() {
    }

    ItemComment(ItemRef item, String itemTenantId, String author, String body, Instant createdAt) {
        this.itemType = item.type();
        this.itemId = item.id();
        this.itemTenantId = itemTenantId;
        this.author = author;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
