package org.policytracker.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.policytracker.audit.OversightWritable;

/**
 * A person's calendar feed: only the hash of its secret token is kept. Everyone signed in, oversight
 * viewers included, keeps their own feed: it is their setting, not the data they oversee.
 */
@Entity
@OversightWritable
@Table(name = "calendar_feed")
public class CalendarFeed {

    @Id
    private String username;

    @Column(nullable = false, length = 64)
    private String tokenHash;

    @Column(nullable = false)
    private Instant createdAt;

    protected CalendarFeed() {
    }

    CalendarFeed(String username, String tokenHash, Instant createdAt) {
        this.username = username;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    void replaceToken(String newHash, Instant at) {
        this.tokenHash = newHash;
        this.createdAt = at;
    }

    public String getUsername() {
        return username;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
