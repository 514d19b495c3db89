package org.policytracker.collab;

import java.util.function.Consumer;
import org.policytracker.security.TenantUser;

/**
 * The one path by which changes reach other users' open views. The in-process implementation
 * serves one application node; a broker-backed one (several nodes) can replace it without any
 * view changing, as views only subscribe through {@link LiveUpdates}.
 */
interface EventBus {

    /** Delivers the event to every subscriber allowed to see it, after the current transaction commits. */
    void publish(ChangeEvent event);

    /** Receives the events that {@code viewer} may see, until the returned handle is closed. */
    AutoCloseable subscribe(TenantUser viewer, Consumer<ChangeEvent> listener);
}
