package org.policytracker.uptake;

import org.policytracker.collab.ItemNotFoundException;
import org.policytracker.collab.ItemRef;
import org.policytracker.collab.ItemResolver;
import org.policytracker.collab.ItemType;
import org.policytracker.collab.ResolvedItem;
import org.springframework.stereotype.Component;

/**
 * Participation reports for comments and activity: owned by their association and also seen by
 * the program managers of the agency that reviews them.
 */
@Component
class ReportItems implements ItemResolver {

    private final ReportReviewService reports;

    ReportItems(ReportReviewService reports) {
        this.reports = reports;
    }

    @Override
    public ItemType type() {
        return ItemType.REPORT;
    }

    @Override
    public ResolvedItem find(long id) {
        ItemRef ref = ItemRef.report(id);
        return reports.subject(id)
                .map(report -> new ResolvedItem(ref, report.association(), report.leadAgency(), null, report.label()))
                .orElseThrow(() -> new ItemNotFoundException(ref));
    }

    @Override
    public String route(long id) {
        return "reports/" + id;
    }
}
