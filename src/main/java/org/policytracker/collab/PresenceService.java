package org.policytracker.collab;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.policytracker.security.TenantUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Who has an item open right now, per open view (one person may have it open twice): this node's visits,
 * and in the cluster profile everyone's through {@link SharedPresence}.
 */
@Service
public class PresenceService {

    private final Map<ItemRef, Map<String, Viewer>> viewing = new ConcurrentHashMap<>();
    private final EventBus events;
    private final Clock clock;
    private final Optional<SharedPresence> shared;

    PresenceService(EventBus events, Clock clock, ObjectProvider<SharedPresence> shared) {
        this.events = events;
        this.clock = clock;
        this.shared = Optional.ofNullable(shared.getIfAvailable());
    }

    /** A person viewing an item. */
    public record Viewer(String username, String displayName) {
    }

    /** Marks the user as viewing the item (owned by {@code tenantId}) until the handle is closed. */
    public AutoCloseable enter(ItemRef item, String tenantId, TenantUser user) {
        String visit = UUID.randomUUID().toString();
        Viewer viewer = new Viewer(user.username(), user.displayName());
        viewing.computeIfAbsent(item, key -> new ConcurrentHashMap<>()).put(visit, viewer);
        shared.ifPresent(presence -> presence.entered(item, visit, viewer));
        announce(item, tenantId, user);
        return () -> {
            viewing.computeIfPresent(item, (key, visits) -> {
                visits.remove(visit);
                return visits.isEmpty() ? null : visits;
            });
            shared.ifPresent(presence -> presence.left(item, visit));
            announce(item, tenantId, user);
        };
    }

    public List<Viewer> viewers(ItemRef item) {
        Collection<Viewer> everywhere = shared.flatMap(presence -> presence.viewers(item))
                .<Collection<Viewer>>map(all -> all)
                .orElseGet(() -> viewing.getOrDefault(item, Map.of()).values());
        return everywhere.stream().distinct().sorted(Comparator.comparing(Viewer::displayName)).toList();
    }

    private void announce(ItemRef item, String tenantId, TenantUser user) {
        events.publish(new ChangeEvent(ChangeEvent.Kind.PRESENCE, item, tenantId, null, user.username(),
                user.displayName() + " is viewing", null, clock.instant()));
    }
}
