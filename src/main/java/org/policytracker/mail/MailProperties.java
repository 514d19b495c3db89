package org.policytracker.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of {@code policy-tracker.mail}.
 *
 * @param baseUrl the application's public address, for the absolute links in messages (no trailing slash)
 * @param from the sender address
 * @param unsubscribeSecret the key of the unsubscribe links' HMAC; blank: a random key per start (links die
 *     with a restart, said in the log)
 * @param firstRetryDelay the wait after a first failed attempt; it doubles with each further failure
 * @param maxRetryDelay the longest wait between two attempts (a message is never given up)
 * @param batchSize at most this many messages per run of the worker
 * @param keepSentFor how long a sent message stays in the outbox (then {@link OutboxRetention} removes it); at
 *     least {@link #MIN_KEEP_SENT_FOR}, since a sent row's idempotency key is what keeps a job's later run
 *     (a reminder's catch-up days, a digest's week) from sending it again
 */
@ConfigurationProperties("policy-tracker.mail")
public record MailProperties(String baseUrl, String from, String unsubscribeSecret, Duration firstRetryDelay,
        Duration maxRetryDelay, int batchSize, Duration keepSentFor) {

    /** the shortest retention: longer than any job's window for sending a message again (a digest's week) */
    public static final Duration MIN_KEEP_SENT_FOR = Duration.ofDays(8);

    public MailProperties {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("policy-tracker.mail.base-url must name the application's address");
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        if (firstRetryDelay.isNegative() || firstRetryDelay.isZero() || maxRetryDelay.compareTo(firstRetryDelay) < 0) {
            throw new IllegalArgumentException("policy-tracker.mail: first-retry-delay must be positive and at most max-retry-delay");
        }
        if (keepSentFor == null || keepSentFor.compareTo(MIN_KEEP_SENT_FOR) < 0) {
            throw new IllegalArgumentException("policy-tracker.mail.keep-sent-for must be at least "
                    + MIN_KEEP_SENT_FOR.toDays() + " days: a sent message's key keeps the jobs from sending it again");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("policy-tracker.mail.batch-size must be at least 1");
        }
    }

    /** The absolute address of a page of the application, from its route ({@code tasks/42}). */
    public String link(String route) {
        return baseUrl + "/" + route;
    }

    /** The wait after the given number of failed attempts: doubling from the first delay, capped. */
    public Duration retryDelayAfter(int failedAttempts) {
        Duration delay = firstRetryDelay;
        for (int i = 1; i < failedAttempts && delay.compareTo(maxRetryDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
