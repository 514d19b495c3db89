package org.policytracker.security;

/**
 * Which tenants this deployment serves: a sign-in whose tenant claim names no known tenant, or a
 * deactivated one, gets no access, and a session of a member of a deactivated tenant ends. Owned here
 * and implemented by the tenant module, so that security depends on no module.
 */
public interface KnownTenants {

    /** Whether the tenant exists and is active. */
    boolean admits(String tenantId);
}
