package org.policytracker.security;

import java.util.Map;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/** A REST API call authenticated by a Keycloak bearer token; its principal is the token's {@link KeycloakIdentity}. */
final class KeycloakTokenAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

    KeycloakTokenAuthentication(Jwt token, KeycloakIdentity identity) {
        super(token, identity, token, identity.authorities());
        setAuthenticated(true);
    }

    @Override
    public Map<String, Object> getTokenAttributes() {
        return getToken().getClaims();
    }

    @Override
    public String getName() {
        return ((KeycloakIdentity) getPrincipal()).username();
    }
}
