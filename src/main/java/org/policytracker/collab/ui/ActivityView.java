package org.policytracker.collab.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.policytracker.collab.ActivityFeed;
import org.policytracker.collab.ActivityService;
import org.policytracker.collab.LiveUpdates;

/** The tenant's activity feed (everything, for oversight viewers and administrators). */
@Route("activity")
@Menu(title = "Activity", order = 3, icon = "vaadin:clock")
@PageTitle("Activity | Policy Tracker")
@PermitAll
public class ActivityView extends VerticalLayout {

    ActivityView(ActivityService activity, LiveUpdates live) {
        add(new H1("Activity"), new Paragraph("Who did what, newest first: changes to your organisation's items "
                + "and comments on shared ones. It updates as it happens."), new ActivityFeed(activity::feed, activity::addressOf, live));
    }
}
