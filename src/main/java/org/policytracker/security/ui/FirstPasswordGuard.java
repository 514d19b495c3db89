package org.policytracker.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.LocalAccountUser;
import org.springframework.stereotype.Component;

/**
 * Keeps an invited person who has not yet set their own password on {@link SetPasswordView}: every
 * navigation elsewhere is forwarded there. (The REST API refuses them too: their {@code hasAccess()} is
 * false until then.)
 */
@Component
class FirstPasswordGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    FirstPasswordGuard(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            if (enter.getNavigationTarget() != SetPasswordView.class
                    && currentUser.get().orElse(null) instanceof LocalAccountUser person
                    && person.passwordChangeRequired()) {
                enter.forwardTo(SetPasswordView.class);
            }
        }));
    }
}
