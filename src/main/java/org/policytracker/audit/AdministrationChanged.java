package org.policytracker.audit;

/**
 * An administrative change was recorded ({@link AdministrationHistory#record}): published inside its
 * transaction, so that what is derived from the administered data (e.g. the gap figures' snapshots) can
 * be renewed once it commits.
 */
public record AdministrationChanged(String subjectType, String subjectKey, String action) {
}
