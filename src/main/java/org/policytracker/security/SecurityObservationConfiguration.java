package org.policytracker.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security observes nothing of its own: by default it wraps each of the dozen filters of every request,
 * and each authentication and authorization, in a Micrometer observation, which took 5 to 10 % of the CPU
 * samples of API calls answered 304 (docs/BENCHMARKS.md) and fed no metric this application reads.
 * Every request is still timed as a whole ({@code http_server_requests}).
 */
@Configuration
class SecurityObservationConfiguration {

    @Bean
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }
}
