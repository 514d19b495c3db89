package org.policytracker.uptake;

import java.util.List;

/**
 * What a sector association reports for one measure, sector and reporting period: the same shape
 * for the form, each CSV row and the API's JSON body. Counts are boxed so that a missing one is
 * reported as missing rather than read as zero.
 */
public record ReportInput(String measure, String sector, String period, Integer eligibleCount,
        Integer participatingCount, Integer verifiedCount, String evidenceNote, List<EvidenceLink> evidenceLinks) {

    public ReportInput {
        evidenceLinks = evidenceLinks == null ? List.of() : List.copyOf(evidenceLinks);
    }

    /** Which report this is: the association reports once per measure, sector and period (plus corrections). */
    public Slot slot() {
        return new Slot(measure, sector, period);
    }

    public record Slot(String measure, String sector, String period) {
    }
}
