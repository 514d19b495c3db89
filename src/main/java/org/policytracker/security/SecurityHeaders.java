package org.policytracker.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Response headers every page and API answer carries, on top of Spring Security's defaults
 * (nosniff, frame denial, no caching of authenticated pages, HSTS over HTTPS): no address leaks to
 * other sites in the Referer, no browser feature the application never uses (camera, microphone,
 * location, payment, USB), and no other window keeps a handle on ours.
 */
final class SecurityHeaders {

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private SecurityHeaders() {
    }

    static HttpSecurity apply(HttpSecurity http) throws Exception {
        return http.headers(headers -> headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                .crossOriginOpenerPolicy(opener -> opener.policy(CrossOriginOpenerPolicy.SAME_ORIGIN)));
    }
}
