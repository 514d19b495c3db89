package org.policytracker.security;

/**
 * Which tenants this deployment has: a sign-in whose tenant claim names no known tenant gets no
 * access. Owned here and implemented by the tenant module, so that security depends on no module.
 */
public interface KnownTenants {

    boolean exists(String tenantId);
}
