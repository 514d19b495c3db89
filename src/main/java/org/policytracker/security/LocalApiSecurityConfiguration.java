package org.policytracker.security;

import org.policytracker.security.repository.LocalAccountRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The REST API under /api/** in the embedded default (no Keycloak): stateless, HTTP Basic with the
 * demo users of the realm export and the invited people, or a person's own API token as a bearer token
 * ({@link PersonalApiTokens}), refusals as problem JSON. With the keycloak profile the API takes
 * bearer tokens instead ({@link KeycloakSecurityConfiguration}).
 */
@Configuration
@Profile("!keycloak")
class LocalApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiProblemResponses problems,
            RecentDirectoryEntries directory, LocalAccountRepository accounts, PersonalApiTokens tokens,
            KnownTenants tenants) throws Exception {
        return ApiSecurity.statelessApi(http, problems, directory, accounts)
                .addFilterBefore(new PersonalApiTokenAuthentication(tokens, tenants), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .build();
    }
}
