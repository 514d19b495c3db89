package org.policytracker.uptake;

/** One line of an association's reporting list. */
public record ReportRow(long id, String periodCode, String measureCode, String measureTitle, String sectorName,
        int revision, int eligibleCount, int participatingCount, int verifiedCount, ReportStatus status) {
}
