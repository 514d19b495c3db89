package org.policytracker.uptake;

import java.time.Instant;

/** A submitted report waiting for review, and which agency reviews it (the reminders read these). */
public record ReviewWait(long reportId, String association, String leadAgency, String periodCode,
        String measureCode, String sectorName, Instant submittedAt) {
}
