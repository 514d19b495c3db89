package org.policytracker.collab;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;

/** A list of activity lines (who, what, when, with a link to the item), refreshed live. */
public class ActivityFeed extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final Supplier<List<Activity>> source;
    private final UnorderedList lines = new UnorderedList();
    private final Paragraph empty = new Paragraph("Nothing has happened here yet.");

    public ActivityFeed(Supplier<List<Activity>> source, LiveUpdates live) {
        this.source = source;
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
            Span when = new Span(WHEN.format(activity.getAt().atZone(ZoneOffset.UTC)) + " · ");
            Span what = new Span(activity.getActor() + " " + activity.getSummary() + " ");
            Anchor link = new Anchor(activity.getItem().route(), "open");
            link.getElement().setAttribute("aria-label", "Open the " + activity.getItem().type().name().toLowerCase());
            lines.add(new ListItem(when, what, link));
        }
    }
}
