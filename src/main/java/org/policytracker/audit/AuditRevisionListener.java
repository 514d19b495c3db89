package org.policytracker.audit;

import org.hibernate.envers.RevisionListener;
import org.policytracker.tenant.TenantContext;

/** Stamps each audit revision with the acting user and tenant. */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        String tenant = TenantContext.currentTenantId();
        ((AuditRevision) revisionEntity).attribute(Actor.current(),
                TenantContext.NO_TENANT.equals(tenant) || TenantContext.ALL_TENANTS.equals(tenant) ? null : tenant);
    }
}
