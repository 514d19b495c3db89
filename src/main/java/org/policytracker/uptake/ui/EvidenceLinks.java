package org.policytracker.uptake.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.policytracker.ui.ExternalLink;
import org.policytracker.uptake.EvidenceLink;

/** A report's evidence links as a list of links out, wherever a report is shown. */
final class EvidenceLinks {

    private EvidenceLinks() {
    }

    static UnorderedList of(List<EvidenceLink> links) {
        UnorderedList list = new UnorderedList();
        links.forEach(link -> list.add(new ListItem(ExternalLink.to(link.url(), link.label()))));
        return list;
    }
}
