package org.policytracker.audit;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.policytracker.tenant.TenantOwned;

/** A tenant-owned entity that records who created it and who changed it last, and when. */
@MappedSuperclass
@Audited
public abstract class Attributed extends TenantOwned {

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false, updatable = false)
    private String createdBy;

    @Column(nullable = false)
    private Instant updatedAt;

    @Column(nullable = false)
    private String updatedBy;

    @PrePersist
    void stampCreation() {
        createdAt = Instant.now();
        createdBy = Actor.current();
        updatedAt = createdAt;
        updatedBy = createdBy;
    }

    @PreUpdate
    void stampChange() {
        updatedAt = Instant.now();
        updatedBy = Actor.current();
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
