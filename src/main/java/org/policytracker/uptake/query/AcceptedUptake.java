package org.policytracker.uptake.query;

/**
 * Accepted participation of one sector in one measure and period, summed over the associations
 * that report for the sector: the only report figures the gap metrics use.
 */
public record AcceptedUptake(String periodCode, String measureCode, String sectorId, long eligibleCount,
        long participatingCount, long verifiedCount, long reports) {
}
