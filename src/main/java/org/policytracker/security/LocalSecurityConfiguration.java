package org.policytracker.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.policytracker.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Sign-in for the embedded default (no Keycloak running): a login form that accepts the same users,
 * passwords, roles and tenants as the realm export in {@code realm-config/}.
 */
@Configuration
@EnableWebSecurity
@Profile("!keycloak")
class LocalSecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        return SecurityHeaders.apply(http)
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService demoUsers(DemoUserDirectory directory, PasswordEncoder encoder) {
        // Passwords are hashed once at start; the realm export holds them in clear for Keycloak's import.
        Map<String, DemoUser> hashed = directory.all().stream()
                .filter(user -> user.password() != null)
                .map(user -> new DemoUser(user.username(), user.displayName(), user.email(), user.tenantId(),
                        user.roles(), encoder.encode(user.password())))
                .collect(Collectors.toUnmodifiableMap(DemoUser::username, Function.identity()));
        return username -> {
            DemoUser user = hashed.get(username);
            if (user == null) {
                throw new UsernameNotFoundException("No such user");
            }
            return user;
        };
    }
}
