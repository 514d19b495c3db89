package org.policytracker.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Duration;
import org.policytracker.security.repository.AppUserRepository;
import org.policytracker.security.repository.LocalAccountRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Sign-in through Keycloak (profile {@code keycloak}): the web application logs people in with
 * OIDC (authorization code, client {@code policy-tracker-web}) and signs them out of Keycloak too
 * (RP-initiated logout); the REST API under /api/** is an OAuth2 resource server taking bearer
 * tokens of the same realm. Realm roles and the tenant come from the {@code roles} and
 * {@code tenant} claims in both cases ({@link KeycloakIdentity}).
 */
@Configuration
@EnableWebSecurity
@Profile("keycloak")
class KeycloakSecurityConfiguration {

    /** The client registration of application.properties ({@code spring.security.oauth2.client.registration.keycloak}). */
    static final String REGISTRATION = "keycloak";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, KnownTenants tenants, AppUserRepository directory,
            RecentDirectoryEntries entries, LocalAccountRepository accounts,
            @Value("${policy-tracker.keycloak.issuer-uri}") String issuer) throws Exception {
        // After sign-out Keycloak sends the browser back to the application's root ({baseUrl}); the
        // sign-out form's answer leads to Keycloak, which the page's form-action must therefore allow.
        return SecurityHeaders.apply(http, issuer)
                .addFilterBefore(new DirectoryStanding(entries, accounts), AuthorizationFilter.class)
                .with(VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.oauth2LoginPage("/oauth2/authorization/" + REGISTRATION, "{baseUrl}")
                                // an unknown address reaches the application's own "Page not found" (not a bare 403)
                                .anyRequest(AuthorizedUrl::authenticated))
                .oauth2Login(login -> login.userInfoEndpoint(userInfo -> userInfo.oidcUserService(people(tenants, directory))))
                .addFilterAfter(new DeactivatedTenantSessions(tenants), SecurityContextHolderFilter.class)
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiProblemResponses problems, KnownTenants tenants,
            JwtDecoder tokens, RecentDirectoryEntries directory, LocalAccountRepository accounts) throws Exception {
        return ApiSecurity.statelessApi(http, problems, directory, accounts)
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(tokens).jwtAuthenticationConverter(token ->
                                new KeycloakTokenAuthentication(token, KeycloakIdentity.of(token, tenants::admits))))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .build();
    }

    /**
     * Bearer tokens: signed by the realm (keys from its JWKS), issued by it, and within their
     * lifetime give or take the allowed clock skew. Keycloak is asked for its keys on first use,
     * so the application starts even while Keycloak is still starting. A token's lifetime is real
     * time, stamped by Keycloak's clock: it is checked against the real time (Spring's validator's
     * own clock), not against the application's clock, which a demo or a test may have fixed.
     * A token is decoded and its signature checked once, its lifetime on every call ({@link RecentlyDecodedTokens}).
     */
    @Bean
    JwtDecoder jwtDecoder(@Value("${policy-tracker.keycloak.issuer-uri}") String issuer,
            @Value("${policy-tracker.keycloak.token-clock-skew}") Duration clockSkew) {
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(clockSkew), new JwtIssuerValidator(issuer));
        return new RecentlyDecodedTokens(new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
            decoder.setJwtValidator(validator);
            return decoder;
        }), validator);
    }

    /**
     * People signing in: mapped from their ID token and user info, and kept in the directory of people
     * (task owners are chosen from it) with the name, tenant and roles Keycloak now gives them.
     */
    private static OAuth2UserService<OidcUserRequest, OidcUser> people(KnownTenants tenants,
            AppUserRepository directory) {
        OidcUserService oidc = new OidcUserService();
        return request -> {
            OidcUser user = oidc.loadUser(request);
            KeycloakIdentity identity = KeycloakIdentity.of(user, tenants::admits);
            if (identity.hasAccess()) {
                directory.save(new AppUser(identity.username(), identity.tenantId(), identity.displayName(),
                        user.getEmail(), identity.roles()));
            }
            return new KeycloakOidcUser(user, identity);
        };
    }
}
