package org.policytracker.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person in the directory: task owners and (later) mentions are chosen from it. Filled from the
 * identity provider's users; it holds no credentials.
 */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    private String username;

    @Column(name = "tenant_id", nullable = false)
    private String tenantId;

    @Column(nullable = false)
    private String displayName;

    private String email;

    /** Realm roles, comma separated. */
    @Column(nullable = false)
    private String roles;

    protected AppUser() {
    }

    public AppUser(String username, String tenantId, String displayName, String email, Set<Role> roles) {
        this.username = username;
        this.tenantId = tenantId;
        this.displayName = displayName;
        this.email = email;
        this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    public String getUsername() {
        return username;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Set<Role> getRoles() {
        return roles.isBlank() ? EnumSet.noneOf(Role.class)
                : Arrays.stream(roles.split(",")).map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    /** Whether this person reads across every tenant: an oversight viewer or an administrator. */
    public boolean readsAcrossTenants() {
        return Role.readAcrossTenants(getRoles());
    }
}
