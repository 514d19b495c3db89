package org.policytracker.security;

import java.util.Set;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A person signed in to the web application through Keycloak (OIDC authorization-code login). */
final class KeycloakOidcUser extends DefaultOidcUser implements TenantUser {

    private final KeycloakIdentity identity;

    KeycloakOidcUser(OidcUser user, KeycloakIdentity identity) {
        super(identity.authorities(), user.getIdToken(), user.getUserInfo(), "preferred_username");
        this.identity = identity;
    }

    @Override
    public String username() {
        return identity.username();
    }

    @Override
    public String displayName() {
        return identity.displayName();
    }

    @Override
    public String tenantId() {
        return identity.tenantId();
    }

    @Override
    public Set<Role> roles() {
        return identity.roles();
    }

    @Override
    public String toString() {
        return "KeycloakOidcUser[" + identity + "]";
    }
}
