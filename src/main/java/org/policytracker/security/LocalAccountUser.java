package org.policytracker.security;

import java.util.List;
import java.util.Set;

/**
 * A person an administrator invited, signed in with the local login (embedded default). Until they have
 * set their own password they may open only the "set your password" page: the UI sends them there and
 * the API refuses them ({@link #hasAccess()}).
 */
public record LocalAccountUser(String username, String displayName, String tenantId, Set<Role> roles,
        String password, boolean passwordChangeRequired, boolean initialPasswordExpired)
        implements PasswordSignIn {

    public LocalAccountUser {
        roles = Set.copyOf(roles);
    }

    @Override
    public boolean hasAccess() {
        return PasswordSignIn.super.hasAccess() && !passwordChangeRequired;
    }

    /** An invitation's initial password that has expired unused is refused ({@code CredentialsExpiredException}). */
    @Override
    public boolean isCredentialsNonExpired() {
        return !initialPasswordExpired;
    }

    /** The same person once they have set their own password, without it, as kept in the session. */
    LocalAccountUser withOwnPassword() {
        return new LocalAccountUser(username, displayName, tenantId, roles, null, false, false);
    }

    @Override
    public String toString() {
        return "LocalAccountUser[" + username + ", tenant=" + tenantId + ", roles=" + List.copyOf(roles) + "]";
    }
}
