package org.policytracker.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The Actuator endpoints on the management port, the same in both profiles: the health status and its
 * liveness and readiness groups are open (a load balancer or orchestrator probes them without
 * credentials and learns only UP or DOWN); health details and the Prometheus metrics need HTTP Basic as
 * the one operations account ({@code policy-tracker.management.username} / {@code .password}), which
 * exists only when a password is set. That account is nobody's sign-in to the application: it is
 * checked here alone, never by the application's own login, and no application user reaches these
 * endpoints.
 */
@Configuration
class ManagementSecurityConfiguration {

    static final String OPERATIONS_ROLE = "OPERATIONS";

    @Bean
    @Order(0)
    SecurityFilterChain managementSecurityFilterChain(HttpSecurity http,
            @Value("${policy-tracker.management.username}") String username,
            @Value("${policy-tracker.management.password}") String password, PasswordEncoder passwords)
            throws Exception {
        return http.securityMatcher(ManagementSecurityConfiguration::onTheManagementPort)
                .authenticationManager(operationsAccount(username, password, passwords))
                .authorizeHttpRequests(requests -> requests
                        // the health status and its groups; their details only for the operations account
                        // (management.endpoint.health.show-details=when-authorized)
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .anyRequest().hasRole(OPERATIONS_ROLE))
                .httpBasic(basic -> basic.realmName("policy-tracker-management"))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // stateless, read-only endpoints, no cookies
                .requestCache(cache -> cache.disable())
                .build();
    }

    /** Every request to the management server (exposed endpoints or not), none to the application's port. */
    private static boolean onTheManagementPort(HttpServletRequest request) {
        return WebServerApplicationContext.hasServerNamespace(
                WebApplicationContextUtils.getWebApplicationContext(request.getServletContext()), "management");
    }

    private static AuthenticationManager operationsAccount(String username, String password,
            PasswordEncoder passwords) {
        InMemoryUserDetailsManager accounts = new InMemoryUserDetailsManager(password.isBlank() ? List.of()
                : List.of(User.withUsername(username).password(passwords.encode(password)).roles(OPERATIONS_ROLE)
                        .build()));
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwords);
        return new ProviderManager(provider);
    }
}
