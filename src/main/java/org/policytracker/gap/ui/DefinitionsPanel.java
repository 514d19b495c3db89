package org.policytracker.gap.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.policytracker.gap.GapProperties;
import org.policytracker.gap.MetricDefinitions;
import org.policytracker.timeliness.Timeliness;
import org.policytracker.ui.FoldedSection;

/**
 * "How every figure is computed": every metric definition and the configured weights and thresholds, built when
 * the panel is first opened.
 */
class DefinitionsPanel extends FoldedSection {

    DefinitionsPanel(GapProperties settings, Timeliness timeliness) {
        super("How every figure is computed", () -> definitions(settings, timeliness));
    }

    private static VerticalLayout definitions(GapProperties settings, Timeliness timeliness) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        for (MetricDefinitions.Definition definition : MetricDefinitions.ALL) {
            Paragraph p = new Paragraph();
            Span name = new Span(definition.name() + ": ");
            name.getStyle().set("font-weight", "600");
            p.add(name, new Span(definition.definition()));
            list.add(p);
        }
        GapProperties.Weights w = settings.weights();
        list.add(new Paragraph("Weights and thresholds configured by the operator: execution " + w.execution() + ", schedule " + w.schedule() + ", uptake "
                + w.uptake() + ", verification " + w.verification() + ", coverage " + w.coverage() + ", staleness "
                + w.staleness() + "; at-risk threshold: index " + settings.atRiskFrom() + "; off-track threshold: index "
                + settings.offTrackFrom() + "; stale period: " + timeliness.staleAfterDays()
                + " days; velocity window " + settings.velocityWindowDays() + " days."));
        return list;
    }
}
