package org.policytracker.shell.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Vaadin's connection indicator (loading bar, "connection lost") sits outside every landmark of every page,
 * the sign-in page too. As a status region, which it is, a screen reader announces its messages and axe's
 * "all content inside landmarks" rule accepts it (issue 17).
 */
@Component
class ConnectionIndicatorStatus implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().getPage().executeJs(
                "document.querySelector('vaadin-connection-indicator')?.setAttribute('role', 'status')"));
    }
}
