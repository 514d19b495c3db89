package org.policytracker.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person in the directory: task owners and (later) mentions are chosen from it. Filled from the
 * identity provider's users and by the people administration; it holds no credentials. A deactivated
 * person stays in it, so what they did stays attributed to them.
 */
@Entity
@Table(name = "app_user")
@EntityListeners(DirectoryEntryWrites.class)
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

    private boolean active = true;

    protected AppUser() {
    }

    public AppUser(String username, String tenantId, String displayName, String email, Set<Role> roles) {
        this.username = username;
        this.tenantId = tenantId;
        this.displayName = displayName;
        this.email = email;
        this.roles = names(roles);
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    /** Gives this person one role and organisation instead of those they had. */
    void assign(Role role, String tenantId) {
        this.roles = names(Set.of(role));
        this.tenantId = tenantId;
    }

    void reactivate() {
        this.active = true;
    }

    void deactivate() {
        this.active = false;
    }

    public boolean isActive() {
        return active;
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
