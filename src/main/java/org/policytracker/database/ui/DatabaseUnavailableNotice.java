package org.policytracker.database.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.policytracker.database.DatabaseUnavailable;
import org.springframework.stereotype.Component;

/**
 * A click, save or other UI event that fails because the database does not answer tells the user so
 * ("reconnecting, try again") instead of failing silently; every other error goes to Vaadin's default
 * handling. Navigation that fails for that reason shows {@link DatabaseUnavailableView}.
 */
@Component
class DatabaseUnavailableNotice implements VaadinServiceInitListener {

    static final String MESSAGE = "The service is reconnecting to its database: nothing was saved."
            + " Please try again in a few seconds.";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(new Handler()));
    }

    private static final class Handler extends DefaultErrorHandler {
        @Override
        public void error(ErrorEvent event) {
            UI ui = UI.getCurrent();
            if (!DatabaseUnavailable.isCauseOf(event.getThrowable()) || ui == null) {
                super.error(event);
                return;
            }
            Notification notice = Notification.show(MESSAGE, DatabaseUnavailable.RETRY_AFTER_SECONDS * 1000,
                    Notification.Position.MIDDLE);
            notice.addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
    }
}
