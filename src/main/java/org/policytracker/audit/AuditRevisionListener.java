package org.policytracker.audit;

import java.time.Clock;
import org.hibernate.envers.RevisionListener;
import org.policytracker.tenant.TenantContext;
import org.springframework.stereotype.Component;

/**
 * Stamps each audit revision with the acting user and tenant, and with the time of the application's
 * clock rather than the system's (Envers takes its listener from the application context).
 */
@Component
public class AuditRevisionListener implements RevisionListener {

    private final Clock clock;

    AuditRevisionListener(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void newRevision(Object revisionEntity) {
        String tenant = TenantContext.currentTenantId();
        ((AuditRevision) revisionEntity).attribute(Actor.current(),
                TenantContext.NO_TENANT.equals(tenant) || TenantContext.ALL_TENANTS.equals(tenant) ? null : tenant,
                clock.instant());
    }
}
