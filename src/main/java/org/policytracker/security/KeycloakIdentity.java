package org.policytracker.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.ClaimAccessor;

/**
 * Who a Keycloak token names, as the application sees them: the {@code preferred_username}, the
 * realm roles of the {@code roles} claim that the application knows, and the {@code tenant} claim
 * (both claims are added by the protocol mappers of the realm in {@code realm-config/}).
 * A tenant the deployment does not know counts as no tenant.
 */
public record KeycloakIdentity(String username, String displayName, String tenantId, Set<Role> roles)
        implements TenantUser, Serializable {

    static final String TENANT_CLAIM = "tenant";
    static final String ROLES_CLAIM = "roles";

    public KeycloakIdentity {
        roles = Set.copyOf(roles);
    }

    static KeycloakIdentity of(ClaimAccessor claims, Predicate<String> knownTenant) {
        String username = firstPresent(claims.getClaimAsString("preferred_username"), claims.getClaimAsString("sub"));
        String displayName = firstPresent(claims.getClaimAsString("name"), username);
        String tenant = claims.getClaimAsString(TENANT_CLAIM);
        if (tenant != null && (tenant.isBlank() || !knownTenant.test(tenant))) {
            tenant = null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<String> names = claims.hasClaim(ROLES_CLAIM) ? claims.getClaimAsStringList(ROLES_CLAIM) : List.of();
        for (Role role : Role.values()) {
            if (names != null && names.contains(role.name())) {
                roles.add(role);
            }
        }
        return new KeycloakIdentity(username, displayName, tenant, roles);
    }

    /** The Spring Security authorities of the known roles ({@code ROLE_PROGRAM_MANAGER}, ...). */
    Collection<GrantedAuthority> authorities() {
        return roles.stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
    }

    private static String firstPresent(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
