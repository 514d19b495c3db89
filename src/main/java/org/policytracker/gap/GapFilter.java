package org.policytracker.gap;

/**
 * What the dashboard looks at: any combination of order, directive, sector, agency and reporting
 * period (null: all; no period: the latest period that has started). The agency narrows tasks, the
 * sector narrows reports and eligible sectors.
 */
public record GapFilter(Long orderId, Long directiveId, String sectorId, String agencyId, Long periodId) {

    public static final GapFilter ALL = new GapFilter(null, null, null, null, null);

    public GapFilter withDirective(Long directive) {
        return new GapFilter(orderId, directive, sectorId, agencyId, periodId);
    }

    public GapFilter withSector(String sector) {
        return new GapFilter(orderId, directiveId, sector, agencyId, periodId);
    }

    public GapFilter withAgency(String agency) {
        return new GapFilter(orderId, directiveId, sectorId, agency, periodId);
    }
}
