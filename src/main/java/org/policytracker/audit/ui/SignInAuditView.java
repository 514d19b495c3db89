package org.policytracker.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import org.policytracker.audit.SignInAudit;
import org.policytracker.audit.SignInEvent;
import org.policytracker.ui.Labels;
import org.policytracker.ui.Timestamps;

/** Administrators' view of the sign-in audit: the latest sign-ins, failures, lockouts and sign-outs. */
@Route("sign-in-audit")
@Menu(title = "Sign-in audit", order = 8, icon = "vaadin:lock")
@PageTitle("Sign-in audit | Policy Tracker")
@RolesAllowed("ADMIN")
public class SignInAuditView extends VerticalLayout {

    static final int SHOWN = 500;

    SignInAuditView(SignInAudit audit) {
        add(new H1("Sign-in audit"),
                new Paragraph("The latest " + SHOWN + " sign-in events, newest first: sign-ins, wrong passwords "
                        + "and unknown names, attempts refused while locked out, lockouts and sign-outs."));
        Grid<SignInEvent> events = new Grid<>();
        events.setAriaLabel("Sign-in events");
        events.addColumn(event -> Timestamps.format(event.getOccurredAt())).setHeader("When").setAutoWidth(true);
        events.addColumn(event -> Labels.of(event.getKind())).setHeader("Event").setAutoWidth(true);
        events.addColumn(event -> Objects.requireNonNullElse(event.getUsername(), "(address)")).setHeader("User name")
                .setAutoWidth(true);
        events.addColumn(SignInEvent::getAddress).setHeader("Address").setAutoWidth(true);
        events.setItems(audit.latest(SHOWN));
        add(events);
        setSizeFull();
        events.setSizeFull();
    }
}
