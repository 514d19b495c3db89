package org.policytracker.uptake;

import java.time.Instant;

/**
 * What a reviewer decided about a revision: {@code outcome} ACCEPTED or RETURNED (sent back), by whom
 * (username), when, and the note or reason given. The outcome is null only for a revision superseded
 * before anyone could tell from the audit trail which decision it had (rows written outside JPA).
 */
public record ReviewDecision(ReportStatus outcome, String by, Instant at, String note) {
}
