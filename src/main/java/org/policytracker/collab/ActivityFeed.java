package org.policytracker.collab;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.policytracker.ui.Timestamps;

/** A list of activity lines (who, what, when, with a link to the item), refreshed live. */
public class ActivityFeed extends VerticalLayout {

    private final Supplier<List<Activity>> source;
    private final Function<ItemRef, String> addressOf;
    private final UnorderedList lines = new UnorderedList();
    private final Paragraph empty = new Paragraph("Nothing has happened here yet.");

    /** @param addressOf the address of an item's page ({@link ActivityService#addressOf}) */
    public ActivityFeed(Supplier<List<Activity>> source, Function<ItemRef, String> addressOf, LiveUpdates live) {
        this.source = source;
        this.addressOf = addressOf;
        setPadding(false);
        lines.addClassName("activity-feed");
        add(empty, lines);
        refresh();
        live.follow(this, event -> event.kind() == ChangeEvent.Kind.UPDATED
                || event.kind() == ChangeEvent.Kind.COMMENTED, event -> refresh());
    }

    private void refresh() {
        lines.removeAll();
        List<Activity> activities = source.get();
        empty.setVisible(activities.isEmpty());
        for (Activity activity : activities) {
            Span when = new Span(Timestamps.format(activity.getAt()) + " · ");
            Span what = new Span(activity.getActor() + " " + activity.getSummary() + " ");
            Anchor link = new Anchor(addressOf.apply(activity.getItem()), "open");
            link.getElement().setAttribute("aria-label", "Open the " + activity.getItem().type().name().toLowerCase());
            lines.add(new ListItem(when, what, link));
        }
    }
}
