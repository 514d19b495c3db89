package org.policytracker.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A user of the local (embedded) login, as defined in the realm export. */
public record DemoUser(String username, String displayName, String email, String tenantId, Set<Role> roles,
        String password) implements TenantUser, UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    /** The same user without the password, as kept in the session. */
    DemoUser withoutPassword() {
        return new DemoUser(username, displayName, email, tenantId, roles, null);
    }

    @Override
    public String toString() {
        return "DemoUser[" + username + ", tenant=" + tenantId + ", roles=" + List.copyOf(roles) + "]";
    }
}
