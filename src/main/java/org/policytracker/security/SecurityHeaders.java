package org.policytracker.security;

import java.net.URI;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Response headers every page and API answer carries, on top of Spring Security's defaults
 * (nosniff, frame denial, no caching of authenticated pages, HSTS over HTTPS): a Content-Security-Policy,
 * no address leaks to other sites in the Referer, no browser feature the application never uses
 * (camera, microphone, location, payment, USB), and no other window keeps a handle on ours.
 */
final class SecurityHeaders {

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /** Where {@link #apply} puts the request's {@link ScriptNonce}. */
    static final String NONCE = "{nonce}";

    /**
     * Only the application's own origin, never framed, no plugins, no base-URL rewriting, forms sent
     * only here (and to the sign-in server, see {@link #apply(HttpSecurity, String)}). Inline script
     * only with the request's nonce (Vaadin's bootstrap page, {@link ScriptNonce}). Vaadin Flow 25.2
     * needs the rest: {@code 'unsafe-eval'} because its client runs the server's JavaScript
     * ({@code executeJs}, event data expressions) by constructing functions from text; inline style
     * because its components and Lumo add {@code <style>} elements and style attributes at run time
     * (a nonce cannot cover attributes). Images and fonts also from {@code data:} and {@code blob:}.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'nonce-" + NONCE + "' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    private SecurityHeaders() {
    }

    static HttpSecurity apply(HttpSecurity http) throws Exception {
        return apply(http, null);
    }

    /**
     * The same headers, letting forms (the sign-out, which ends the session at the sign-in server
     * too) go on to the sign-in server at {@code signInServer} (an address; only its origin counts).
     */
    static HttpSecurity apply(HttpSecurity http, String signInServer) throws Exception {
        String policy = signInServer == null ? CONTENT_SECURITY_POLICY
                : CONTENT_SECURITY_POLICY + " " + origin(signInServer);
        return http.headers(headers -> headers
                .addHeaderWriter((request, response) -> response.setHeader("Content-Security-Policy",
                        policy.replace(NONCE, ScriptNonce.of(request))))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                .crossOriginOpenerPolicy(opener -> opener.policy(CrossOriginOpenerPolicy.SAME_ORIGIN)));
    }

    private static String origin(String address) {
        URI uri = URI.create(address);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
