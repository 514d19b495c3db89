package org.policytracker.security;

import java.util.List;
import java.util.Set;

/** A user of the local (embedded) login, as defined in the realm export. */
public record DemoUser(String username, String displayName, String email, String tenantId, Set<Role> roles,
        String password) implements PasswordSignIn {

    /** The same user without the password, as kept in the session. */
    DemoUser withoutPassword() {
        return new DemoUser(username, displayName, email, tenantId, roles, null);
    }

    @Override
    public String toString() {
        return "DemoUser[" + username + ", tenant=" + tenantId + ", roles=" + List.copyOf(roles) + "]";
    }
}
