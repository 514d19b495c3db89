package org.policytracker.collab;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.TenantUser;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How a view follows changes: while the component is attached, events the user may see and the
 * view cares about run {@code onEvent} in the UI (pushed to the browser), with the user's security
 * context so that the view's service calls see what the user sees.
 */
@org.springframework.stereotype.Component
public class LiveUpdates {

    private final EventBus events;
    private final CurrentUser currentUser;

    LiveUpdates(EventBus events, CurrentUser currentUser) {
        this.events = events;
        this.currentUser = currentUser;
    }

    public void follow(Component view, Predicate<ChangeEvent> relevant, Consumer<ChangeEvent> onEvent) {
        TenantUser viewer = currentUser.require();
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            SecurityContext security = SecurityContextHolder.getContext();
            AutoCloseable subscription = events.subscribe(viewer, event -> {
                if (relevant.test(event)) {
                    ui.access(() -> withSecurity(security, () -> onEvent.accept(event)));
                }
            });
            view.addDetachListener(detach -> {
                detach.unregisterListener();
                close(subscription);
            });
        });
    }

    private static void withSecurity(SecurityContext security, Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(security);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static void close(AutoCloseable subscription) {
        try {
            subscription.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
