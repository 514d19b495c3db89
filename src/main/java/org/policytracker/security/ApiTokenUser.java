package org.policytracker.security;

import java.util.Set;

/** A person calling the API with one of their personal API tokens: their directory entry and the token's scope. */
record ApiTokenUser(String username, String displayName, String tenantId, Set<Role> roles, ApiTokenScope scope)
        implements TenantUser {
}
