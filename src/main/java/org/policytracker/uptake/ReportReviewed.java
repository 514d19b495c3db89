package org.policytracker.uptake;

/**
 * Published (as a Spring application event) inside the transaction that accepted or returned a
 * report; listeners that tell other users act only after it commits.
 */
public record ReportReviewed(long reportId, String association, String label, String actor, String summary) {
}
