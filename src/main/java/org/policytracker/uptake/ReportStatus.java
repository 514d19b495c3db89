package org.policytracker.uptake;

/** Life of one revision of a participation report; only ACCEPTED revisions count in metrics. */
public enum ReportStatus {
    DRAFT, SUBMITTED, ACCEPTED, RETURNED, SUPERSEDED
}
