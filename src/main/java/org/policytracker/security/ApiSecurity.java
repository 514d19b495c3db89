package org.policytracker.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.policytracker.security.repository.LocalAccountRepository;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * What the REST API under /api/** has in common whichever way callers authenticate (HTTP Basic
 * locally, Keycloak bearer tokens with the keycloak profile): stateless, open only to callers with a
 * tenant and a known role (and a directory entry that still stands: {@link DirectoryStanding};
 * administration under /api/v1/admin/** only to administrators), refusals
 * as problem JSON.
 */
final class ApiSecurity {

    private ApiSecurity() {
    }

    static HttpSecurity statelessApi(HttpSecurity http, ApiProblemResponses problems, RecentDirectoryEntries directory,
            LocalAccountRepository accounts)
            throws Exception {
        return SecurityHeaders.apply(http.securityMatcher("/api/**"))
                .addFilterBefore(new DirectoryStanding(directory, accounts), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        // the OpenAPI description and its browsable UI (springdoc) are public while enabled;
                        // switched off, their paths answer 404 like every other unknown path
                        .requestMatchers("/api/openapi", "/api/openapi/**", "/api/docs", "/api/docs/**",
                                "/api/swagger-ui/**").permitAll()
                        // one-click unsubscribe (RFC 8058): a mail client posts without signing in; the signed
                        // token in the address is the authority (mail.UnsubscribeLinks)
                        .requestMatchers(HttpMethod.POST, "/api/v1/unsubscribe/*").permitAll()
                        // administration (orders, catalogue, organisations, people, configuration): administrators only
                        .requestMatchers("/api/v1/admin/**").access((authentication, request) ->
                                new AuthorizationDecision(signedIn(authentication.get(), request.getRequest())
                                        .filter(user -> user.hasRole(Role.ADMIN)).isPresent()))
                        .anyRequest().access((authentication, request) ->
                                new AuthorizationDecision(signedIn(authentication.get(), request.getRequest()).isPresent())))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // stateless, no cookies: nothing for CSRF to ride on
                .exceptionHandling(refusals -> refusals.authenticationEntryPoint(problems).accessDeniedHandler(problems));
    }

    /**
     * The caller, when authenticated as a user with a tenant and a known role, and, calling with a personal
     * API token, making a request its scope allows.
     */
    private static Optional<TenantUser> signedIn(Authentication authentication, HttpServletRequest request) {
        return authentication != null && authentication.getPrincipal() instanceof TenantUser user && user.hasAccess()
                && (!(user instanceof ApiTokenUser token) || token.scope().permits(request))
                ? Optional.of(user) : Optional.empty();
    }
}
