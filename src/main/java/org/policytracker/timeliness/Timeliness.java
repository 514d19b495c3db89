package org.policytracker.timeliness;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When open work is overdue or stale: the one definition that the task lists ({@code task}) and the
 * gap metrics ({@code gap}) both use. Overdue: open and due before today. Stale: open and not updated
 * for more than {@code policy-tracker.timeliness.stale-after-days}. Queries that cannot call these
 * methods (a JPA criteria filter, the gap metrics' SQL) say the same once each and point here.
 */
@ConfigurationProperties("policy-tracker.timeliness")
public record Timeliness(int staleAfterDays) {

    public Timeliness {
        if (staleAfterDays < 0) {
            throw new IllegalArgumentException("policy-tracker.timeliness.stale-after-days must not be negative");
        }
    }

    /** Open work with a due date before today is overdue. */
    public static boolean isOverdue(boolean open, LocalDate dueOn, LocalDate today) {
        return open && dueOn != null && dueOn.isBefore(today);
    }

    /** Open work whose last activity is before {@link #staleBefore} is stale. */
    public boolean isStale(boolean open, Instant lastActivityAt, Instant now) {
        return open && lastActivityAt.isBefore(staleBefore(now));
    }

    /** The instant before which the last activity of open work makes it stale. */
    public Instant staleBefore(Instant now) {
        return now.minus(staleAfter());
    }

    public Duration staleAfter() {
        return Duration.ofDays(staleAfterDays);
    }
}
