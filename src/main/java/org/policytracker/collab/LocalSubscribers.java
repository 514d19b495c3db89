package org.policytracker.collab;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.policytracker.security.TenantUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The open views of this application node that follow changes, and the delivery of an event to those
 * of them allowed to see it. Whichever {@link EventBus} carries an event here (in process, or from the
 * broker in cluster mode), this is the one place that decides who receives it and counts deliveries
 * ({@code policytracker.push.deliveries}) and the event lag from commit to delivery
 * ({@code policytracker.event.lag}).
 */
@Component
class LocalSubscribers implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalSubscribers.class);

    private record Subscription(TenantUser viewer, Consumer<ChangeEvent> listener) {
    }

    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();
    // Each delivery pushes to a browser; virtual threads keep a slow one from holding up the others.
    private final ExecutorService delivery = Executors.newVirtualThreadPerTaskExecutor();
    private final MeterRegistry metrics;
    private final Counter deliveries;
    private final Timer lag;

    LocalSubscribers(MeterRegistry metrics) {
        this.metrics = metrics;
        this.deliveries = Counter.builder("policytracker.push.deliveries")
                .description("Live updates handed to an open view (pushed to its browser)").register(metrics);
        this.lag = Timer.builder("policytracker.event.lag")
                .description("From the commit that caused a live update to its delivery to an open view")
                .register(metrics);
    }

    /**
     * The wall-clock time (ms) used to measure the event lag, also across nodes. It is the metrics'
     * clock, not the application's {@link java.time.Clock} (which a demo or a test may fix): lag is real
     * elapsed time.
     */
    long wallTimeMillis() {
        return metrics.config().clock().wallTime();
    }

    AutoCloseable add(TenantUser viewer, Consumer<ChangeEvent> listener) {
        Subscription subscription = new Subscription(viewer, listener);
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    /** Hands the event, committed at {@code committedAtMillis} (wall time), to every view allowed to see it. */
    void deliver(ChangeEvent event, long committedAtMillis) {
        for (Subscription subscription : subscriptions) {
            if (mayReceive(subscription.viewer(), event)) {
                delivery.execute(() -> {
                    try {
                        subscription.listener().accept(event);
                        deliveries.increment();
                        lag.record(Duration.ofMillis(Math.max(0, wallTimeMillis() - committedAtMillis)));
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
    public void close() {
        delivery.shutdownNow();
    }
}
