package org.policytracker.collab;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.policytracker.security.TenantUser;
import org.springframework.stereotype.Service;

/** Who has an item open right now, per open view (one person may have it open twice). */
@Service
public class PresenceService {

    private final Map<ItemRef, Map<Object, Viewer>> viewing = new ConcurrentHashMap<>();
    private final EventBus events;
    private final Clock clock;

    PresenceService(EventBus events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** A person viewing an item. */
    public record Viewer(String username, String displayName) {
    }

    /** Marks the user as viewing the item (owned by {@code tenantId}) until the handle is closed. */
    public AutoCloseable enter(ItemRef item, String tenantId, TenantUser user) {
        Object visit = new Object();
        viewing.computeIfAbsent(item, key -> new ConcurrentHashMap<>())
                .put(visit, new Viewer(user.username(), user.displayName()));
        announce(item, tenantId, user);
        return () -> {
            viewing.computeIfPresent(item, (key, visits) -> {
                visits.remove(visit);
                return visits.isEmpty() ? null : visits;
            });
            announce(item, tenantId, user);
        };
    }

    public List<Viewer> viewers(ItemRef item) {
        return viewing.getOrDefault(item, Map.of()).values().stream().distinct()
                .sorted(Comparator.comparing(Viewer::displayName)).toList();
    }

    private void announce(ItemRef item, String tenantId, TenantUser user) {
        events.publish(new ChangeEvent(ChangeEvent.Kind.PRESENCE, item, tenantId, null, user.username(),
                user.displayName() + " is viewing", null, clock.instant()));
    }
}
