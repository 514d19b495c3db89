package org.policytracker.collab;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.policytracker.security.TenantUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** {@link EventBus} for a single application node: subscribers live in this JVM. */
@Component
class InProcessEventBus implements EventBus, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InProcessEventBus.class);

    private record Subscription(TenantUser viewer, Consumer<ChangeEvent> listener) {
    }

    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();
    // Each delivery pushes to a browser; virtual threads keep a slow one from holding up the others.
    private final ExecutorService delivery = Executors.newVirtualThreadPerTaskExecutor();

    @Override
    public void publish(ChangeEvent event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(event);
                }
            });
        } else {
            deliver(event);
        }
    }

    private void deliver(ChangeEvent event) {
        for (Subscription subscription : subscriptions) {
            if (mayReceive(subscription.viewer(), event)) {
                delivery.execute(() -> {
                    try {
                        subscription.listener().accept(event);
                    } catch (RuntimeException e) {
                        LOG.warn("A live update could not be delivered to {}", subscription.viewer().username(), e);
                    }
                });
            }
        }
    }

    /**
     * Decided before an event is sent, so a user never receives, even over the wire, what they may
     * not see: a notification goes to its recipient alone, anything else to whoever may see the item.
     */
    private static boolean mayReceive(TenantUser viewer, ChangeEvent event) {
        if (event.recipient() != null) {
            return event.recipient().equals(viewer.username());
        }
        return ItemPolicy.maySee(viewer, ItemOwnership.ownedBy(event.tenantId()));
    }

    @Override
    public AutoCloseable subscribe(TenantUser viewer, Consumer<ChangeEvent> listener) {
        Subscription subscription = new Subscription(viewer, listener);
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    @Override
    public void close() {
        delivery.shutdownNow();
    }
}
