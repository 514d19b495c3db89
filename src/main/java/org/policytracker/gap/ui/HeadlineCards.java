package org.policytracker.gap.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.List;
import org.policytracker.gap.DirectiveStatus;
import org.policytracker.gap.Fmt;
import org.policytracker.gap.GapDashboard;
import org.policytracker.gap.Headline;

/** The headline figures as cards, each with how it was computed. */
class HeadlineCards extends FlexLayout {

    HeadlineCards(GapDashboard dashboard) {
        Headline h = dashboard.headline();
        addClassName("gap-cards");
        setFlexWrap(FlexWrap.WRAP);
        add(card("Directives on track", String.valueOf(h.onTrack()), "status",
                        h.onTrack() + " on track, " + h.atRisk() + " at risk, " + h.offTrack() + " off track, "
                                + h.noData() + " without data, of " + dashboard.directives().size() + " directives."),
                card("At risk", String.valueOf(h.atRisk()), "status", withStatus(dashboard, DirectiveStatus.AT_RISK)),
                card("Off track", String.valueOf(h.offTrack()), "status", withStatus(dashboard, DirectiveStatus.OFF_TRACK)),
                card("Implementation gap index", Fmt.number(h.gapIndex()), "index",
                        "Mean of the directive indexes in the table below ("
                                + dashboard.directives().stream().filter(d -> d.gapIndex() != null).count()
                                + " directives with an index)."),
                card("Overdue tasks", h.overdueTasks() + " of " + h.openTasks() + " open", "schedule",
                        "Sum of the directives' overdue open tasks; the directive table drills down to the tasks."),
                card("Uptake against target", Fmt.percent(h.reports().uptake()) + " · " + h.measuresAtTarget() + " of "
                        + h.measuresWithUptake() + " measures at target", "uptake",
                        h.reports().participating() + " participating of " + h.reports().eligible()
                                + " eligible organisations in " + h.reports().reports() + " accepted reports."));
    }

    private static String withStatus(GapDashboard dashboard, DirectiveStatus status) {
        List<String> labels = dashboard.directives().stream().filter(d -> d.status() == status)
                .map(d -> d.label() + " (index " + Fmt.number(d.gapIndex()) + ", " + d.forecast().describe() + ")")
                .toList();
        return labels.isEmpty() ? "no directive." : String.join("; ", labels) + ".";
    }

    private static Div card(String label, String figure, String definition, String inputs) {
        Span value = new Span(figure);
        value.addClassName("gap-card-figure");
        Span name = new Span(label);
        name.addClassName("gap-card-label");
        Div card = new Div(value, name);
        card.addClassName("gap-card");
        card.add(new HowComputedButton(label, definition, inputs));
        return card;
    }
}
