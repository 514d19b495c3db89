package org.policytracker.collab;

import java.util.function.Consumer;
import org.policytracker.security.TenantUser;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one path by which changes reach other users' open views. {@link InProcessEventBus} serves one
 * application node; a broker-backed one (the cluster profile) carries events between nodes through the
 * broker. Views only subscribe through {@link LiveUpdates}, so none changes with the bus.
 */
interface EventBus {

    /** The Spring profile of several application nodes sharing one broker. */
    String CLUSTER_PROFILE = "cluster";

    /** Delivers the event to every subscriber allowed to see it, after the current transaction commits. */
    void publish(ChangeEvent event);

    /** Receives the events that {@code viewer} may see, until the returned handle is closed. */
    AutoCloseable subscribe(TenantUser viewer, Consumer<ChangeEvent> listener);

    /** Runs {@code send} once the current transaction commits (never for a rolled-back one), or now without one. */
    static void afterCommit(Runnable send) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }
}
