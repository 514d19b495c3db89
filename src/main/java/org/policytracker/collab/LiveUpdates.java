package org.policytracker.collab;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.function.Consumer;
import java.util.function.Function;
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
        whileAttached(view, ui -> {
            SecurityContext security = SecurityContextHolder.getContext();
            return events.subscribe(viewer, event -> {
                if (relevant.test(event)) {
                    ui.access(() -> withSecurity(security, () -> onEvent.accept(event)));
                }
            });
        });
    }

    /** Opens something (a subscription, a presence) each time the component is attached, closes it on detach. */
    static void whileAttached(Component component, Function<UI, AutoCloseable> open) {
        component.addAttachListener(attach -> {
            AutoCloseable opened = open.apply(attach.getUI());
            component.addDetachListener(detach -> {
                detach.unregisterListener();
                try {
                    opened.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
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
}
