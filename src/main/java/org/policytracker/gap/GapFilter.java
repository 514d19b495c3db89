package org.policytracker.gap;

/**
 * What the dashboard looks at: any combination of order, directive, sector, agency, reporting period
 * and order version (null: all; no period: the latest period that has started). The agency narrows
 * tasks, the sector narrows reports and eligible sectors, the version narrows the directives to those
 * that version of the order's text added or changed.
 */
public record GapFilter(Long orderId, Long directiveId, String sectorId, String agencyId, Long periodId,
        Long versionId) {

    public static final GapFilter ALL = new GapFilter(null, null, null, null, null);

    /** A filter without an order version. */
    public GapFilter(Long orderId, Long directiveId, String sectorId, String agencyId, Long periodId) {
        this(orderId, directiveId, sectorId, agencyId, periodId, null);
    }

    public GapFilter withDirective(Long directive) {
        return new GapFilter(orderId, directive, sectorId, agencyId, periodId, versionId);
    }

    public GapFilter withSector(String sector) {
        return new GapFilter(orderId, directiveId, sector, agencyId, periodId, versionId);
    }

    public GapFilter withAgency(String agency) {
        return new GapFilter(orderId, directiveId, sectorId, agency, periodId, versionId);
    }
}
