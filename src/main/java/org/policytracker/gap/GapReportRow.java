package org.policytracker.gap;

import java.time.Instant;

/**
 * An accepted report (latest accepted revision) behind an uptake figure (drill-down: sector -> reports);
 * who accepted it by username and by the name people know them by (the username when the directory has none).
 */
public record GapReportRow(long id, String associationId, String association, String sectorId, String sector,
        int revision, long eligible, long participating, long verified, Instant reviewedAt, String reviewedBy,
        String reviewedByName) {
}
