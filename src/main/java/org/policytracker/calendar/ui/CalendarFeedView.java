package org.policytracker.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.PermitAll;
import org.policytracker.calendar.CalendarFeedController;
import org.policytracker.calendar.CalendarFeeds;
import org.policytracker.ui.Timestamps;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The signed-in person's calendar feed: make a secret address that Outlook or Google Calendar
 * subscribes to (shown once), make a new one (the old one stops working) or revoke it.
 */
@Route("calendar-feed")
@Menu(title = "Calendar feed", order = 10, icon = "vaadin:calendar")
@PageTitle("Calendar feed | Policy Tracker")
@PermitAll
class CalendarFeedView extends VerticalLayout {

    private final CalendarFeeds feeds;
    private final Div state = new Div();

    CalendarFeedView(CalendarFeeds feeds) {
        this.feeds = feeds;
        setMaxWidth("50rem");
        state.setWidthFull();
        add(new H1("Calendar feed"), new Paragraph("Your deadlines in your own calendar: the due dates of the open "
                + "tasks you own and, for an association's reporters, the due dates of its reports. Subscribe to "
                + "the address in Outlook (Add calendar, From internet) or Google Calendar (Other calendars, From "
                + "URL). Anyone who has the address can read these deadlines: keep it to yourself, and revoke it "
                + "if it got out."), state);
        showState(null);
    }

    /** Shows whether there is an address; {@code newAddress} is the one just made (shown only now). */
    private void showState(String newAddress) {
        state.removeAll();
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        content.add(new H2("Your address"));
        var since = feeds.myFeedSince();
        if (newAddress != null) {
            TextField address = new TextField("Your calendar address");
            address.setValue(newAddress);
            address.setReadOnly(true);
            address.setWidthFull();
            address.setHelperText("Copy it now: it is shown only once. If you lose it, make a new one.");
            content.add(address);
        } else if (since.isPresent()) {
            content.add(new Paragraph("You have an address, made " + Timestamps.format(since.get()) + ". It is "
                    + "shown only when made; if you lost it, make a new one (the old one then stops working)."));
        } else {
            content.add(new Paragraph("You have no calendar address."));
        }
        Button make = new Button(since.isPresent() ? "Make a new address" : "Make my calendar address",
                click -> showState(addressOf(feeds.createOrRotate())));
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(make);
        if (since.isPresent()) {
            Button revoke = new Button("Revoke the address", click -> {
                feeds.revoke();
                showState(null);
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(revoke);
        }
        actions.setWrap(true);
        content.add(actions);
        state.add(content);
    }

    private static String addressOf(String token) {
        return ServletUriComponentsBuilder.fromContextPath(VaadinServletRequest.getCurrent().getHttpServletRequest())
                .path(CalendarFeedController.PATH + token + ".ics").build().toUriString();
    }
}
