package org.policytracker.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.LocalAccountUser;
import org.policytracker.security.LocalAccounts;
import org.policytracker.security.OwnPasswordForm;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Where an invited person lands at first sign-in (local login), and the only page they may open until
 * they have replaced the invitation's initial password with their own ({@link FirstPasswordGuard}).
 * Anyone else who comes here is sent on to their start page.
 */
@Route(value = "set-password", autoLayout = false)
@PageTitle("Set your password | Policy Tracker")
@PermitAll
public class SetPasswordView extends VerticalLayout implements BeforeEnterObserver {

    private final CurrentUser currentUser;

    SetPasswordView(CurrentUser currentUser, LocalAccounts accounts, AuthenticationContext authentication) {
        this.currentUser = currentUser;
        // the page has no frame: the view itself is its one main landmark
        getElement().setAttribute("role", "main");
        setMaxWidth("32rem");
        OwnPasswordForm form = new OwnPasswordForm("Initial password", "The one-time password of your invitation",
                "Set password", (initial, chosen) -> {
                    keepInSession(accounts.setOwnPassword((LocalAccountUser) currentUser.require(), initial, chosen));
                    getUI().ifPresent(ui -> ui.navigate(""));
                });
        add(new H1("Set your password"),
                new Paragraph("Welcome to Policy Tracker. Before you start, replace the initial password of your "
                        + "invitation with a password of your own."),
                form,
                new Button("Sign out", VaadinIcon.SIGN_OUT.create(), click -> authentication.logout()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!(currentUser.get().orElse(null) instanceof LocalAccountUser person && person.passwordChangeRequired())) {
            event.forwardTo("");
        }
    }

    /** The session now holds the person with their own password, so the guard lets them in. */
    private static void keepInSession(LocalAccountUser person) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context,
                VaadinServletRequest.getCurrent().getHttpServletRequest(),
                VaadinServletResponse.getCurrent().getHttpServletResponse());
    }
}
