package org.policytracker.collab;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Presence across nodes in Redis: one key per open view ({@code policy-tracker:presence:<item>:<visit>},
 * holding the viewer) that expires unless its node keeps renewing it, and one set per item naming its
 * visits' keys. A node that dies stops renewing, so its viewers disappear after the expiry. A renewal
 * also writes back what a restarted broker lost. While the broker is unreachable each node shows its own
 * viewers.
 */
@Component
@Profile(EventBus.CLUSTER_PROFILE)
class RedisPresence implements SharedPresence, SmartLifecycle, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RedisPresence.class);
    private static final String PREFIX = "policy-tracker:presence:";

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final Duration expiry;
    /** This node's open visits: visit key → (item set key, viewer as JSON). */
    private final Map<String, Map.Entry<String, String>> ownVisits = new ConcurrentHashMap<>();
    private final ScheduledExecutorService renewal = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("presence-renewal").factory());
    private ScheduledFuture<?> renewing;

    RedisPresence(StringRedisTemplate redis, JsonMapper json,
            @Value("${policy-tracker.cluster.presence-expiry:30s}") Duration expiry) {
        this.redis = redis;
        this.json = json;
        this.expiry = expiry;
    }

    /** Renews this node's visits while the node runs (a stopped node's broker connection is stopped too). */
    @Override
    public synchronized void start() {
        long every = Math.max(1, expiry.toMillis() / 3);
        renewing = renewal.scheduleWithFixedDelay(this::renewAll, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (renewing != null) {
            renewing.cancel(false);
            renewing = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return renewing != null;
    }

    private static String itemKey(ItemRef item) {
        return PREFIX + item.type() + ":" + item.id();
    }

    @Override
    public void entered(ItemRef item, String visit, PresenceService.Viewer viewer) {
        String visitKey = itemKey(item) + ":" + visit;
        ownVisits.put(visitKey, Map.entry(itemKey(item), json.writeValueAsString(viewer)));
        quietly("record a presence", () -> write(visitKey, ownVisits.get(visitKey)));
    }

    @Override
    public void left(ItemRef item, String visit) {
        String visitKey = itemKey(item) + ":" + visit;
        ownVisits.remove(visitKey);
        quietly("remove a presence", () -> {
            redis.delete(visitKey);
            redis.opsForSet().remove(itemKey(item), visitKey);
        });
    }

    @Override
    public Optional<List<PresenceService.Viewer>> viewers(ItemRef item) {
        try {
            List<String> visitKeys = new ArrayList<>(Objects.requireNonNullElse(
                    redis.opsForSet().members(itemKey(item)), java.util.Set.<String>of()));
            if (visitKeys.isEmpty()) {
                return Optional.of(List.of());
            }
            List<String> viewers = redis.opsForValue().multiGet(visitKeys);
            List<PresenceService.Viewer> present = new ArrayList<>();
            for (int i = 0; i < visitKeys.size(); i++) {
                String viewer = viewers == null ? null : viewers.get(i);
                if (viewer == null) { // expired: its node stopped renewing it
                    redis.opsForSet().remove(itemKey(item), visitKeys.get(i));
                } else {
                    present.add(json.readValue(viewer, PresenceService.Viewer.class));
                }
            }
            return Optional.of(present);
        } catch (RuntimeException unreachable) {
            LOG.debug("Presence from the broker unavailable, showing this node's viewers", unreachable);
            return Optional.empty();
        }
    }

    private void write(String visitKey, Map.Entry<String, String> visit) {
        if (visit == null) {
            return;
        }
        redis.opsForValue().set(visitKey, visit.getValue(), expiry);
        redis.opsForSet().add(visit.getKey(), visitKey);
        redis.expire(visit.getKey(), expiry.multipliedBy(2));
    }

    private void renewAll() {
        quietly("renew presences", () -> ownVisits.forEach(this::write));
    }

    private static void quietly(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException unreachable) {
            LOG.warn("Could not {} in the broker ({}); presence shows this node's viewers until it is back",
                    what, unreachable.getMessage());
        }
    }

    @Override
    public void close() {
        renewal.shutdownNow();
    }
}
