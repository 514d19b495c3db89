package org.policytracker.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of a member of an organisation that was deactivated after they signed in: the
 * request goes on unauthenticated (to the sign-in, which refuses them), so it is served no data.
 * Sign-in itself refuses them already (the local login's post-authentication check, the Keycloak
 * identity's known-tenant test); this covers sessions that outlive the deactivation.
 */
final class DeactivatedTenantSessions extends OncePerRequestFilter {

    private final KnownTenants tenants;

    DeactivatedTenantSessions(KnownTenants tenants) {
        this.tenants = tenants;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TenantUser member
                && member.tenantId() != null && !tenants.admits(member.tenantId())) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
