package org.policytracker.shell.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** Shown to a signed-in person whose account has no tenant or no known role. */
@Route(value = "no-access", autoLayout = false)
@PageTitle("No access | Policy Tracker")
@PermitAll
public class NoAccessView extends VerticalLayout {

    NoAccessView(AuthenticationContext authentication) {
        // the page has no frame: the view itself is its one main landmark
        getElement().setAttribute("role", "main");
        // signing out also ends the Keycloak session (keycloak profile), so another account can sign in
        add(new H1("No access to Policy Tracker"),
                new Paragraph("You are signed in, but your account has no organisation (tenant) or no Policy "
                        + "Tracker role. Ask your organisation's administrator to assign you one of the roles "
                        + "PROGRAM_MANAGER, SECTOR_REPORTER, OVERSIGHT_VIEWER or ADMIN and your tenant."),
                new Button("Sign out", VaadinIcon.SIGN_OUT.create(), click -> authentication.logout()));
    }
}
