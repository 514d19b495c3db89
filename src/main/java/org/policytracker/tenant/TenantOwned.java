package org.policytracker.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

/**
 * Base of every tenant-owned entity. Hibernate fills {@code tenant_id} from the current tenant on
 * insert and adds it to every query and load, so one tenant's rows cannot be read or changed by
 * another (see {@link TenantContext}). {@code version} makes concurrent saves conflict instead of
 * overwriting each other.
 */
@MappedSuperclass
@Audited
public abstract class TenantOwned {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Version
    private long version;

    public String getTenantId() {
        return tenantId;
    }

    public long getVersion() {
        return version;
    }
}
