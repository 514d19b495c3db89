package org.policytracker.tenant;

/** What kind of organisation a tenant is. */
public enum TenantKind {
    AGENCY, ASSOCIATION, OVERSIGHT, OPERATOR
}
