package org.policytracker.order;

import java.time.Instant;

/**
 * An administrator saved an order or directive from a version older than the stored one: someone
 * changed it since it was opened, and saving would overwrite that change, so nothing was saved.
 * {@code changedBy} and {@code changedAt} name the latest recorded change, {@code currentVersion} the stored
 * version (each null when not known: a save that lost a race at the same moment).
 */
public class StaleEditException extends RuntimeException {

    private final String changedBy;
    private final Instant changedAt;
    private final Long currentVersion;

    public StaleEditException(String message, String changedBy, Instant changedAt, Long currentVersion) {
        super(message);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.currentVersion = currentVersion;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public Long currentVersion() {
        return currentVersion;
    }
}
