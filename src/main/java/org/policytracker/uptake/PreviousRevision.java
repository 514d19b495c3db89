package org.policytracker.uptake;

/**
 * The revision that a submitted revision replaces, and what happened to it: its decision, or null when
 * the association replaced it before anyone reviewed it.
 */
public record PreviousRevision(ReportRow revision, ReviewDecision decision) {
}
