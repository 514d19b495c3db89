package org.policytracker.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in form sent from another site (login CSRF: signing a victim's browser into the
 * attacker's account). Vaadin's security configuration exempts the login form from Spring's CSRF
 * token, because its login component posts a plain form without one; browsers do send where a form
 * came from ({@code Origin}, and {@code Sec-Fetch-Site}), so a sign-in whose origin is not this
 * application's is refused with 403. A request without either header comes from no browser, and so
 * carries no victim's cookies.
 */
final class LoginOriginCheck extends OncePerRequestFilter {

    private static final Set<String> FOREIGN_FETCH_SITES = Set.of("cross-site", "same-site");

    private final String loginPath;

    LoginOriginCheck(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.POST.matches(request.getMethod())
                || !(request.getContextPath() + loginPath).equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        boolean foreign = (origin != null && !origin.equalsIgnoreCase(ownOrigin(request)))
                || (fetchSite != null && FOREIGN_FETCH_SITES.contains(fetchSite));
        if (foreign) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Sign-in refused: the form was not sent from this application's own page.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static String ownOrigin(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        return URI.create(request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port))
                .toString();
    }
}
