package org.policytracker.uptake;

import java.time.Instant;

/** A report accepted or sent back, and which agency reviewed it (the weekly digest reads these). */
public record ReviewOutcome(long reportId, String association, String leadAgency, String periodCode,
        String measureCode, String sectorName, ReportStatus status, Instant reviewedAt) {
}
