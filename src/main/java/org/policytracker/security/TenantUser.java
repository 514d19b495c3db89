package org.policytracker.security;

import java.util.Set;

/** The signed-in person as the application sees them, whichever way they signed in. */
public interface TenantUser {

    String username();

    String displayName();

    String tenantId();

    Set<Role> roles();

    default boolean hasRole(Role role) {
        return roles().contains(role);
    }

    /** Whether this person reads across every tenant: an oversight viewer or an administrator. */
    default boolean readsAcrossTenants() {
        return Role.readAcrossTenants(roles());
    }

    /** Whether the application serves this person at all: a tenant and at least one known role. */
    default boolean hasAccess() {
        return tenantId() != null && !roles().isEmpty();
    }
}
