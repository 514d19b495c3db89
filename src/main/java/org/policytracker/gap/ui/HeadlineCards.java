package org.policytracker.gap.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.util.List;
import org.jsoup.nodes.Element;
import org.policytracker.gap.DirectiveStatus;
import org.policytracker.gap.Fmt;
import org.policytracker.gap.GapDashboard;
import org.policytracker.gap.Headline;
import org.policytracker.ui.Markup;
import org.policytracker.ui.NativeButtons;

/**
 * The headline figures as cards, each with how it was computed: drawn by the browser from one element's HTML, with
 * native "How computed?" buttons that one listener answers (see {@link NativeButtons}).
 */
@Tag("div")
class HeadlineCards extends Component {

    private static final String CARD = "data-card";

    private record Card(String label, String figure, String definition, String inputs) {
    }

    private final List<Card> cards;

    HeadlineCards(GapDashboard dashboard) {
        Headline h = dashboard.headline();
        addClassName("gap-cards");
        cards = List.of(new Card("Directives on track", String.valueOf(h.onTrack()), "status",
                        h.onTrack() + " on track, " + h.atRisk() + " at risk, " + h.offTrack() + " off track, "
                                + h.noData() + " without data, of " + dashboard.directives().size() + " directives."),
                new Card("At risk", String.valueOf(h.atRisk()), "status", withStatus(dashboard, DirectiveStatus.AT_RISK)),
                new Card("Off track", String.valueOf(h.offTrack()), "status", withStatus(dashboard, DirectiveStatus.OFF_TRACK)),
                new Card("Implementation gap index", Fmt.number(h.gapIndex()), "index",
                        "Mean of the directive indexes in the table below ("
                                + dashboard.directives().stream().filter(d -> d.gapIndex() != null).count()
                                + " directives with an index)."),
                new Card("Overdue tasks", h.overdueTasks() + " of " + h.openTasks() + " open", "schedule",
                        "Sum of the directives' overdue open tasks; the directive table drills down to the tasks."),
                new Card("Uptake against target", Fmt.percent(h.reports().uptake()) + " · " + h.measuresAtTarget() + " of "
                        + h.measuresWithUptake() + " measures at target", "uptake",
                        h.reports().participating() + " participating of " + h.reports().eligible()
                                + " eligible organisations in " + h.reports().reports() + " accepted reports."));
        Element markup = Markup.root("div");
        for (int i = 0; i < cards.size(); i++) {
            Card card = cards.get(i);
            Element shown = markup.appendElement("div").attr("class", "gap-card");
            shown.appendElement("span").attr("class", "gap-card-figure").text(card.figure());
            shown.appendElement("span").attr("class", "gap-card-label").text(card.label());
            shown.appendElement("button").attr("type", "button").attr("class", HowComputedButton.CLASS_NAME)
                    .attr(CARD, String.valueOf(i)).attr("aria-label", HowComputedButton.label(card.label()))
                    .text(HowComputedButton.TEXT);
        }
        getElement().setProperty("innerHTML", markup.html());
        NativeButtons.onPress(this, CARD, pressed -> {
            Card card = cards.get(Integer.parseInt(pressed));
            GapDrillDown.explain(card.label(), card.definition(), card.inputs()).open();
        });
    }

    private static String withStatus(GapDashboard dashboard, DirectiveStatus status) {
        List<String> labels = dashboard.directives().stream().filter(d -> d.status() == status)
                .map(d -> d.label() + " (index " + Fmt.number(d.gapIndex()) + ", " + d.forecast().describe() + ")")
                .toList();
        return labels.isEmpty() ? "no directive." : String.join("; ", labels) + ".";
    }
}
