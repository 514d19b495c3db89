package org.policytracker.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The REST API under /api/** in the embedded default (no Keycloak): stateless, HTTP Basic with the
 * demo users of the realm export, refusals as problem JSON. With the keycloak profile the API takes
 * bearer tokens instead.
 */
@Configuration
@Profile("!keycloak")
class LocalApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiProblemResponses problems) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        // the OpenAPI description and its browsable UI (springdoc) are public
                        .requestMatchers("/api/openapi", "/api/openapi/**", "/api/docs", "/api/docs/**",
                                "/api/swagger-ui/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // stateless, no cookies: nothing for CSRF to ride on
                .exceptionHandling(refusals -> refusals.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }
}
