package org.policytracker.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API request that carries {@code Authorization: Bearer <personal API token>} (embedded
 * default; HTTP Basic stays beside it). An unknown or revoked token, or one whose owner's organisation is
 * deactivated, is answered 401 at once; what the token's scope allows is checked with the rest of the
 * API's authorization ({@link ApiSecurity}).
 */
final class PersonalApiTokenAuthentication extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final PersonalApiTokens tokens;
    private final KnownTenants tenants;

    PersonalApiTokenAuthentication(PersonalApiTokens tokens, KnownTenants tenants) {
        this.tokens = tokens;
        this.tenants = tenants;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokenUser> caller = tokens.authenticate(header.substring(BEARER.length()).strip())
                .filter(user -> tenants.admits(user.tenantId()));
        if (caller.isEmpty()) {
            SecurityContextHolder.clearContext();
            ProblemDetail refused = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    "This API token is unknown or revoked. Make a new one under API tokens in the application.");
            refused.setTitle("Authentication required");
            ApiProblemResponses.send(request, response, refused);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TokenAuthentication(caller.get()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    /** The caller as Spring Security holds them: authenticated, with their roles as authorities. */
    private static final class TokenAuthentication extends AbstractAuthenticationToken {

        private final ApiTokenUser caller;

        TokenAuthentication(ApiTokenUser caller) {
            super(caller.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
            this.caller = caller;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return caller;
        }

        @Override
        public String getName() {
            return caller.username();
        }
    }
}
