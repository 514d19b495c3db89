package org.policytracker.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Personal feeds under /feeds/** (the calendar feed of deadlines): read by calendar applications, which
 * cannot sign in, so the secret token in the address is the credential and the feed checks it. No session
 * is made or read here; only reading is allowed. The same in both profiles.
 */
@Configuration
class PublicFeedSecurityConfiguration {

    @Bean
    @Order(2)
    SecurityFilterChain publicFeedSecurityFilterChain(HttpSecurity http) throws Exception {
        return SecurityHeaders.apply(http.securityMatcher("/feeds/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/feeds/**").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // GET only, no session: nothing for CSRF to ride on
                .requestCache(cache -> cache.disable())
                .build();
    }
}
