package org.policytracker.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.policytracker.security.repository.LocalAccountRepository;
import org.policytracker.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * Sign-in for the embedded default (no Keycloak running): a login form that accepts the same users,
 * passwords, roles and tenants as the realm export in {@code realm-config/}, and the people an
 * administrator invited ({@link LocalAccounts}); a session whose person was deactivated or given
 * another role or organisation ends ({@link DirectoryStanding}); repeated wrong
 * passwords are throttled ({@link SignInThrottle}) and a form sent from another site is refused
 * ({@link LoginOriginCheck}).
 */
@Configuration
@EnableWebSecurity
@Profile("!keycloak")
class LocalSecurityConfiguration {

    /** The login view's address, where its form is sent. */
    static final String LOGIN_PATH = "/login";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, KnownTenants tenants, RecentDirectoryEntries directory,
            LocalAccountRepository accounts)
            throws Exception {
        return SecurityHeaders.apply(http)
                .addFilterBefore(new LoginOriginCheck(LOGIN_PATH), CsrfFilter.class)
                .addFilterAfter(new DeactivatedTenantSessions(tenants), SecurityContextHolderFilter.class)
                .addFilterBefore(new DirectoryStanding(directory, accounts), AuthorizationFilter.class)
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                        // an unknown address reaches the application's own "Page not found" (not a bare 403)
                        .anyRequest(AuthorizedUrl::authenticated))
                .build();
    }

    /**
     * Passwords checked against the demo users and the local accounts of invited people, behind the
     * sign-in throttle (form and API alike); a member of a deactivated organisation is refused once the
     * password is right (so the refusal tells nothing to someone without it).
     */
    @Bean
    AuthenticationProvider throttledPasswords(UserDetailsService demoUsers, LocalAccounts invited,
            PasswordEncoder encoder, SignInThrottle throttle, KnownTenants tenants) {
        // a name is either a demo user's or an invited person's: the administration refuses to invite a demo name
        UserDetailsService everyone = username -> {
            try {
                return demoUsers.loadUserByUsername(username);
            } catch (UsernameNotFoundException notDemo) {
                return invited.signIn(username).orElseThrow(() -> notDemo);
            }
        };
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(everyone);
        passwords.setPasswordEncoder(encoder);
        // replaces Spring's own post-check, so it makes that check too (an invitation's expired initial password)
        passwords.setPostAuthenticationChecks(user -> {
            if (!user.isCredentialsNonExpired()) {
                throw new CredentialsExpiredException("The initial password of this account has expired");
            }
            if (user instanceof TenantUser member && !tenants.admits(member.tenantId())) {
                throw new DisabledException("The organisation of this account is deactivated");
            }
        });
        return new ThrottledAuthenticationProvider(passwords, throttle);
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
