package org.policytracker.collab;

import org.policytracker.security.TenantUser;

/**
 * Who may receive an event: decided before it is sent, so a user never receives, even over the
 * wire, what they may not see.
 */
final class Visibility {

    private Visibility() {
    }

    static boolean mayReceive(TenantUser viewer, ChangeEvent event) {
        if (event.recipient() != null) {
            return event.recipient().equals(viewer.username());
        }
        return event.tenantId() == null || event.tenantId().equals(viewer.tenantId())
                || viewer.readsAcrossTenants();
    }
}
