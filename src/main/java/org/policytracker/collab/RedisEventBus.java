package org.policytracker.collab;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.policytracker.security.TenantUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link EventBus} of the cluster profile: after its transaction commits, an event goes to the Redis
 * channel {@value #CHANNEL}, which every node (this one included) subscribes to
 * ({@link ClusterConfiguration}) and hands to its own open views through {@link LocalSubscribers}, which
 * decides who may receive it. Sending never holds up the request that committed. While the broker is
 * unreachable an event reaches this node's views only, other nodes' views show it at their next reload;
 * the subscription comes back by itself with the broker.
 */
@Component
@Profile(EventBus.CLUSTER_PROFILE)
class RedisEventBus implements EventBus, MessageListener, AutoCloseable {

    static final String CHANNEL = "policy-tracker:changes";

    private static final Logger LOG = LoggerFactory.getLogger(RedisEventBus.class);

    /** What crosses the broker: the event and when it committed (wall time, for the lag metric). */
    record Envelope(ChangeEvent event, long committedAtMillis) {
    }

    private final LocalSubscribers subscribers;
    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final ExecutorService sending = Executors.newVirtualThreadPerTaskExecutor();

    RedisEventBus(LocalSubscribers subscribers, StringRedisTemplate redis, JsonMapper json) {
        this.subscribers = subscribers;
        this.redis = redis;
        this.json = json;
    }

    @Override
    public void publish(ChangeEvent event) {
        EventBus.afterCommit(() -> {
            Envelope envelope = new Envelope(event, subscribers.wallTimeMillis());
            try {
                sending.execute(() -> send(envelope));
            } catch (RejectedExecutionException stopping) {
                // the node is shutting down and its views with it (each leaving announces itself): nobody to tell
                LOG.debug("Node stopping, event not sent: {}", event.summary());
            }
        });
    }

    private void send(Envelope envelope) {
        try {
            redis.convertAndSend(CHANNEL, json.writeValueAsString(envelope));
        } catch (RuntimeException unreachable) {
            LOG.warn("Broker unreachable ({}): a live update reaches this node's views only",
                    unreachable.getMessage());
            subscribers.deliver(envelope.event(), envelope.committedAtMillis());
        }
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        Envelope envelope = json.readValue(message.getBody(), Envelope.class);
        subscribers.deliver(envelope.event(), envelope.committedAtMillis());
    }

    @Override
    public AutoCloseable subscribe(TenantUser viewer, Consumer<ChangeEvent> listener) {
        return subscribers.add(viewer, listener);
    }

    @Override
    public void close() {
        sending.shutdownNow();
    }
}
