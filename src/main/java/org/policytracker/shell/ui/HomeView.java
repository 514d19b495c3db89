package org.policytracker.shell.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.Role;
import org.policytracker.security.TenantUser;

/**
 * The address after sign-in: sends each user to their role's landing view, named by its route
 * (the shell imports no feature's view).
 */
@Route(value = "", autoLayout = false)
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final CurrentUser currentUser;

    HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        TenantUser user = currentUser.require();
        if (!user.hasAccess()) {
            event.forwardTo(NoAccessView.class);
        } else if (user.hasRole(Role.PROGRAM_MANAGER)) {
            event.forwardTo("tasks");
        } else if (user.hasRole(Role.SECTOR_REPORTER)) {
            event.forwardTo("reporting");
        } else if (user.hasRole(Role.OVERSIGHT_VIEWER)) {
            event.forwardTo("gaps");
        } else {
            event.forwardTo("admin");
        }
    }
}
