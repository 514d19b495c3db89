package org.policytracker.audit;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.policytracker.tenant.TenantOwned;

/**
 * A tenant-owned entity that records who created it and who changed it last, and when
 * ({@link AttributionStamps} writes these from the acting user and the application's clock).
 */
@MappedSuperclass
@Audited
@EntityListeners(AttributionStamps.class)
public abstract class Attributed extends TenantOwned {

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false, updatable = false)
    private String createdBy;

    @Column(nullable = false)
    private Instant updatedAt;

    @Column(nullable = false)
    private String updatedBy;

    void stampCreation(Instant at, String actor) {
        createdAt = at;
        createdBy = actor;
        updatedAt = at;
        updatedBy = actor;
    }

    void stampChange(Instant at, String actor) {
        updatedAt = at;
        updatedBy = actor;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
