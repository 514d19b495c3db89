package org.policytracker.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords per sign-in name (known or not, so a lockout tells nothing about which
 * names exist) and per address. Each further failure of a name answers more slowly (the delay
 * doubles up to {@code max-delay}); {@code max-failures} in a row lock the name out for
 * {@code lockout}, and {@code address-max-failures} within {@code lockout} lock the address out
 * for as long, whichever names it tries. A successful sign-in clears the name's count, never the
 * address's (one good account must not buy more guesses at others). Kept in memory: one
 * application instance's view, forgotten at restart.
 */
@Component
public class SignInThrottle {

    /** Beyond this many names or addresses tracked, those whose failures are all forgotten are dropped. */
    private static final int TRACKED_BEFORE_PRUNING = 10_000;

    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final int maxFailures;
    private final int addressMaxFailures;
    private final Duration lockout;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Map<String, Failures> byName = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    SignInThrottle(Clock clock, ApplicationEventPublisher events,
            @Value("${policy-tracker.sign-in.max-failures}") int maxFailures,
            @Value("${policy-tracker.sign-in.address-max-failures}") int addressMaxFailures,
            @Value("${policy-tracker.sign-in.lockout}") Duration lockout,
            @Value("${policy-tracker.sign-in.first-delay}") Duration firstDelay,
            @Value("${policy-tracker.sign-in.max-delay}") Duration maxDelay) {
        if (maxFailures < 1 || addressMaxFailures < 1 || lockout.isNegative() || lockout.isZero()) {
            throw new IllegalArgumentException("policy-tracker.sign-in.max-failures and address-max-failures must be "
                    + "at least 1 and policy-tracker.sign-in.lockout positive, were " + maxFailures + ", "
                    + addressMaxFailures + ", " + lockout);
        }
        this.clock = clock;
        this.events = events;
        this.maxFailures = maxFailures;
        this.addressMaxFailures = addressMaxFailures;
        this.lockout = lockout;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
    }

    /** Whether sign-in under this name or from this address is refused now, whatever the password. */
    public boolean isLockedOut(String username, String address) {
        Instant now = clock.instant();
        return lockedAt(byName.get(username), now) || lockedAt(byAddress.get(address), now);
    }

    /**
     * Records a wrong password (or an unknown name) and returns how long to hold the answer back.
     * Publishes {@link SignInLockedOut} when this failure locks the name or the address out.
     */
    public Duration failed(String username, String address) {
        Instant now = clock.instant();
        prune(now);
        Failures name = byName.computeIfAbsent(username, key -> new Failures());
        Failures from = byAddress.computeIfAbsent(address, key -> new Failures());
        int inARow;
        synchronized (name) {
            name.forgetBefore(now.minus(lockout));
            inARow = name.add(now);
            if (inARow >= maxFailures) {
                name.lockUntil(now.plus(lockout));
                events.publishEvent(new SignInLockedOut(username, address, now.plus(lockout)));
            }
        }
        synchronized (from) {
            from.forgetBefore(now.minus(lockout));
            if (from.add(now) >= addressMaxFailures) {
                from.lockUntil(now.plus(lockout));
                events.publishEvent(new SignInLockedOut(null, address, now.plus(lockout)));
            }
        }
        return delayAfter(inARow);
    }

    /** A correct password: the name starts afresh. */
    public void succeeded(String username) {
        byName.remove(username);
    }

    private Duration delayAfter(int failuresInARow) {
        Duration delay = firstDelay.multipliedBy(1L << Math.min(failuresInARow - 1, 20));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private static boolean lockedAt(Failures failures, Instant now) {
        if (failures == null) {
            return false;
        }
        synchronized (failures) {
            return failures.lockedAt(now);
        }
    }

    private void prune(Instant now) {
        for (Map<String, Failures> tracked : List.of(byName, byAddress)) {
            if (tracked.size() > TRACKED_BEFORE_PRUNING) {
                tracked.values().removeIf(failures -> failures.forgottenBy(now, now.minus(lockout)));
            }
        }
    }

    /** The failures of one name or address within the lockout window, and its lockout. */
    private static final class Failures {

        private final Deque<Instant> times = new ArrayDeque<>();
        private Instant lockedUntil = Instant.MIN;

        int add(Instant at) {
            times.addLast(at);
            return times.size();
        }

        void forgetBefore(Instant oldest) {
            while (!times.isEmpty() && times.peekFirst().isBefore(oldest)) {
                times.removeFirst();
            }
        }

        void lockUntil(Instant until) {
            lockedUntil = until;
            times.clear();
        }

        boolean lockedAt(Instant now) {
            return now.isBefore(lockedUntil);
        }

        synchronized boolean forgottenBy(Instant now, Instant oldest) {
            return !lockedAt(now) && (times.isEmpty() || times.peekLast().isBefore(oldest));
        }
    }
}
