package org.policytracker.gap.query;

/** A measure and one of its sectors: where accepted report totals are kept. */
public record Slot(long measureId, String sectorId) {
}
