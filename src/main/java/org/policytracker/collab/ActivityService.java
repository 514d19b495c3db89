package org.policytracker.collab;

import java.time.Clock;
import java.util.List;
import org.policytracker.collab.repository.ActivityRepository;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.TenantUser;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The activity feed: who did what to which item. A user reads the activity of the items the access
 * policy lets them see ({@link ItemPolicy}): shared items and their own tenant's; oversight viewers
 * and administrators read all of it.
 */
@Service
public class ActivityService {

    private final ActivityRepository activities;
    private final EventBus events;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ItemAccess items;

    ActivityService(ActivityRepository activities, EventBus events, CurrentUser currentUser, Clock clock,
            ItemAccess items) {
        this.activities = activities;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
        this.items = items;
    }

    void record(ResolvedItem item, String actor, String summary) {
        activities.save(new Activity(item.tenantId(), item.ref(), item.directiveId(), actor, summary, clock.instant()));
    }

    /** After an item's change commits: into the feed, and out to every open view allowed to show it. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void itemChanged(ItemChanged change) {
        activities.save(new Activity(change.tenantId(), change.item(), change.directiveId(), change.actor(),
                change.summary() + " (" + change.name() + ")", clock.instant()));
        events.publish(new ChangeEvent(ChangeEvent.Kind.UPDATED, change.item(), change.tenantId(),
                change.directiveId(), change.actor(), change.summary(), null, clock.instant()));
    }

    /** The address of an item's page, as the feature that owns the item says. */
    public String addressOf(ItemRef item) {
        return items.route(item);
    }

    @Transactional(readOnly = true)
    public List<Activity> feed() {
        return visible(null);
    }

    @Transactional(readOnly = true)
    public List<Activity> feedOfDirective(long directiveId) {
        return visible(directiveId);
    }

    private List<Activity> visible(Long directiveId) {
        TenantUser user = currentUser.require();
        return activities.findVisible(ItemPolicy.seesEveryTenant(user), List.of(user.tenantId()), directiveId,
                Limit.of(100));
    }
}
