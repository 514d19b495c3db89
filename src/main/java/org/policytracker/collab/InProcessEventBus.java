package org.policytracker.collab;

import java.util.function.Consumer;
import org.policytracker.security.TenantUser;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** {@link EventBus} for a single application node (the default): events go straight to this JVM's views. */
@Component
@Profile("!" + EventBus.CLUSTER_PROFILE)
class InProcessEventBus implements EventBus {

    private final LocalSubscribers subscribers;

    InProcessEventBus(LocalSubscribers subscribers) {
        this.subscribers = subscribers;
    }

    @Override
    public void publish(ChangeEvent event) {
        EventBus.afterCommit(() -> subscribers.deliver(event, subscribers.wallTimeMillis()));
    }

    @Override
    public AutoCloseable subscribe(TenantUser viewer, Consumer<ChangeEvent> listener) {
        return subscribers.add(viewer, listener);
    }
}
