package org.policytracker.uptake.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.policytracker.ui.ExternalLink;
import org.policytracker.ui.Facts;
import org.policytracker.uptake.EvidenceLink;
import org.policytracker.uptake.ReportRow;

/** A report's evidence (its note, its links as links out), shown the same wherever a report is shown. */
final class EvidenceLinks {

    private EvidenceLinks() {
    }

    static UnorderedList of(List<EvidenceLink> links) {
        UnorderedList list = new UnorderedList();
        links.forEach(link -> list.add(new ListItem(ExternalLink.to(link.url(), link.label()))));
        return list;
    }

    /** The evidence note and the links as two facts, "None given" where there is none. */
    static void addTo(Facts facts, ReportRow report) {
        facts.fact("Evidence note", new Span(report.evidenceNote() == null ? "None given" : report.evidenceNote()));
        facts.fact("Evidence links", report.evidenceLinks().isEmpty() ? new Span("None given")
                : of(report.evidenceLinks()));
    }
}
