package org.policytracker.orderimport.ui;

import com.github.difflib.text.DiffRow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Objects;
import org.policytracker.order.DirectiveSection;
import org.policytracker.orderimport.OrderTextImport;
import org.policytracker.orderimport.VersionComparison;
import org.policytracker.orderimport.query.OrderTextVersions.DirectiveChange;

/**
 * A directive's version history on its page: each version of the order's text that added, changed or
 * retired it, with the deadline before and after and the wording compared word by word. Nothing for a directive no
 * imported text touched.
 */
@org.springframework.stereotype.Component
class DirectiveVersionsSection implements DirectiveSection {

    private final OrderTextImport importer;

    DirectiveVersionsSection(OrderTextImport importer) {
        this.importer = importer;
    }

    @Override
    public Component of(long directiveId) {
        List<DirectiveChange> history = importer.history(directiveId);
        Div section = new Div();
        if (history.isEmpty()) {
            return section;
        }
        section.add(new H2("Version history"));
        for (DirectiveChange change : history) {
            String version = change.versionKind().label() + (change.versionDated() == null ? "" : " of " + change.versionDated())
                    + " (" + change.source() + ")";
            section.add(new H3((change.added() ? "Added in " : change.retired() ? "Retired in " : "Changed in ") + version));
            if (change.retired()) {
                continue;
            }
            if (!change.added() && !Objects.equals(change.deadlineBefore(), change.deadlineAfter())) {
                section.add(new Paragraph("Deadline: " + (change.deadlineBefore() == null ? "none" : change.deadlineBefore())
                        + " → " + (change.deadlineAfter() == null ? "none" : change.deadlineAfter())));
            }
            if (!change.added() && !Objects.equals(change.wordingBefore(), change.wordingAfter())) {
                DiffRow words = VersionComparison.wordDiff(change.wordingBefore(), change.wordingAfter());
                section.add(new Html("<blockquote class=\"order-text-sentence\">" + words.getNewLine() + "<br>(was: "
                        + words.getOldLine() + ")</blockquote>"));
            }
        }
        return section;
    }
}
