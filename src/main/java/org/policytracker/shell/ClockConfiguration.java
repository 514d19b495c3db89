package org.policytracker.shell;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one source of "now" (today, overdue, staleness, timestamps of every write). The wall clock
 * by default; {@code policy-tracker.clock.fixed} (an ISO instant, e.g. 2026-11-22T12:00:00Z) stops
 * it at that instant for a run, which is how the tests fix the date. This is the only class that
 * may read the system clock (an architecture test keeps it so).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(@Value("${policy-tracker.clock.fixed:}") String fixed,
            @Value("${policy-tracker.clock.zone:}") String zone) {
        ZoneId zoneId = zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
        return fixed.isBlank() ? Clock.system(zoneId) : Clock.fixed(Instant.parse(fixed), zoneId);
    }
}
