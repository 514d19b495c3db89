package org.policytracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.policytracker.support.AppHttp;
import org.policytracker.support.PolicyTrackerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a browser is told about every answer, over real HTTP (issue 16, "headers and cookies"):
 * the hardening headers on pages and on the API, a session cookie kept from cross-site requests and
 * scripts, and no session id in any address.
 */
@PolicyTrackerTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return AppHttp.get(port, path, Map.of(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesAndTheApiCarryTheHardeningHeaders() throws Exception {
        for (String path : new String[] {"/login", "/api/v1/me"}) {
            HttpHeaders headers = get(path).headers();
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(headers.firstValue("Permissions-Policy")).as(path).hasValueSatisfying(policy ->
                    assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));
            assertThat(headers.firstValue("Cross-Origin-Opener-Policy")).as(path).hasValue("same-origin");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndNeverInTheAddress() throws Exception {
        HttpResponse<String> signIn = get("/login");
        assertThat(signIn.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));

        HttpResponse<String> protectedPage = get("/tasks");
        assertThat(protectedPage.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/login").doesNotContainIgnoringCase("jsessionid"));
        assertThat(signIn.body()).doesNotContainIgnoringCase("jsessionid");
    }

    /** The policy of {@link SecurityHeaders} with some nonce in its place. */
    static final Pattern POLICY_WITH_A_NONCE = Pattern.compile(SecurityHeaders.CONTENT_SECURITY_POLICY
            .replace(SecurityHeaders.NONCE, "\\E[A-Za-z0-9+/]{24}\\Q").transform(policy -> "\\Q" + policy + "\\E"));

    @Test
    void pagesAndTheApiCarryTheContentSecurityPolicyWithAFreshNonceAndNoHstsOverPlainHttp() throws Exception {
        Set<String> nonces = new HashSet<>();
        for (String path : new String[] {"/login", "/login", "/", "/api/v1/me"}) {
            HttpResponse<String> response = get(path);
            String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(policy).as(path).matches(POLICY_WITH_A_NONCE);
            String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
            assertThat(nonces.add(nonce)).as("a new nonce for %s", path).isTrue();
            if (path.equals("/login")) {
                // every script of Vaadin's bootstrap page carries the nonce of its answer
                assertThat(response.body()).contains("<script").doesNotContainPattern("<script(?![^>]*nonce=\"" + Pattern.quote(nonce) + "\")");
            }
            // Spring Security writes Strict-Transport-Security only on requests that came over HTTPS
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path).isEmpty();
        }
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).contains("default-src 'self'", "frame-ancestors 'none'",
                "object-src 'none'", "base-uri 'self'", "form-action 'self'").doesNotContain("script-src 'self' 'unsafe-inline'");
    }
}
