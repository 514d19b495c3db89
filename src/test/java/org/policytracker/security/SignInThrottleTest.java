package org.policytracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policytracker.support.MovingClock;

/**
 * The throttle's rules over time, on a clock the test moves: growing delays, the lockout of a name
 * after five failures in a row and of an address after its limit, both ending after the lockout time.
 */
class SignInThrottleTest {

    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-22T12:00:00Z"));
    private final List<Object> published = new ArrayList<>();
    private final SignInThrottle throttle = new SignInThrottle(clock, published::add, 5, 8, Duration.ofMinutes(15),
            Duration.ofMillis(250), Duration.ofSeconds(2));

    @Test
    void eachFailureOfANameWaitsLongerUpToTheLimit() {
        List<Duration> delays = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            delays.add(throttle.failed("pm.cisa", "10.0.0.1"));
        }
        assertThat(delays).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
                Duration.ofSeconds(2));
        assertThat(throttle.failed("pm.cisa", "10.0.0.2")).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void fiveFailuresInARowLockTheNameOutForTheLockoutTimeWhateverTheAddress() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("pm.cisa", "10.0.0." + i);
        }
        assertThat(throttle.isLockedOut("pm.cisa", "10.0.0.9")).isFalse();
        throttle.failed("pm.cisa", "10.0.0.4");
        assertThat(published).containsExactly(new SignInLockedOut("pm.cisa", "10.0.0.4",
                Instant.parse("2026-11-22T12:15:00Z")));
        assertThat(throttle.isLockedOut("pm.cisa", "10.0.0.9")).isTrue();
        assertThat(throttle.isLockedOut("pm.dhs", "10.0.0.9")).isFalse();

        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(throttle.isLockedOut("pm.cisa", "10.0.0.9")).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.isLockedOut("pm.cisa", "10.0.0.9")).isFalse();
    }

    @Test
    void unknownNamesAreLockedOutAlikeSoALockoutRevealsNoAccount() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("no.such.user", "10.0.0.1");
        }
        assertThat(throttle.isLockedOut("no.such.user", "10.0.0.2")).isTrue();
    }

    @Test
    void aSuccessClearsTheNamesCountButNotTheAddresses() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("pm.cisa", "10.0.0.1");
        }
        throttle.succeeded("pm.cisa");
        assertThat(throttle.failed("pm.cisa", "10.0.0.1")).isEqualTo(Duration.ofMillis(250));
        for (int i = 0; i < 3; i++) {
            throttle.failed("someone." + i, "10.0.0.1");
        }
        assertThat(throttle.isLockedOut("anyone", "10.0.0.1")).as("8 failures from one address").isTrue();
        assertThat(published).contains(new SignInLockedOut(null, "10.0.0.1", Instant.parse("2026-11-22T12:15:00Z")));
        assertThat(throttle.isLockedOut("anyone", "10.0.0.2")).isFalse();
    }

    @Test
    void failuresOlderThanTheLockoutTimeAreForgotten() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("pm.cisa", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(16));
        throttle.failed("pm.cisa", "10.0.0.1");
        assertThat(throttle.isLockedOut("pm.cisa", "10.0.0.1")).isFalse();
    }
}
