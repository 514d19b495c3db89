package org.policytracker.collab;

import java.time.Clock;
import java.util.List;
import org.policytracker.collab.repository.NotificationRepository;
import org.policytracker.security.AppUser;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.TenantUser;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own notifications: nobody reads or marks anyone else's. */
@Service
public class NotificationService {

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ItemAccess items;
    private final EventBus events;

    NotificationService(NotificationRepository notifications, CurrentUser currentUser, Clock clock, ItemAccess items,
            EventBus events) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
        this.items = items;
        this.events = events;
    }

    /**
     * Tells one person, from the signed-in user, that an item needs them (e.g. an update request), in the
     * caller's transaction; their bell updates once it commits. Refused for someone who may not see the item,
     * as a mention is.
     */
    @Transactional
    public void notify(String recipient, ItemRef ref, String message) {
        TenantUser actor = currentUser.require();
        ResolvedItem item = items.find(ref);
        if (items.whoMaySee(item).stream().map(AppUser::getUsername).noneMatch(recipient::equals)) {
            throw new IllegalArgumentException(recipient + " cannot see " + ref
                    + ", so they are not notified about it");
        }
        var now = clock.instant();
        notifications.save(new Notification(recipient, ref, actor.username(), message, now));
        events.publish(new ChangeEvent(ChangeEvent.Kind.NOTIFIED, ref, item.tenantId(), item.directiveId(),
                actor.username(), message, recipient, now));
    }

    /**
     * Tells one person, from a scheduled job (there is no signed-in user; the notice is attributed to the job),
     * about a page, in the caller's transaction, once per idempotency key; their bell updates once it commits.
     * The job chose the recipient by its own rule (the task's owner, the association's reporters), so no item
     * is checked here.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void notifyFromJob(String job, String idempotencyKey, String recipient, String route, String message) {
        var now = clock.instant();
        notifications.notifyOnce(idempotencyKey, recipient, route, job,
                Summaries.shorten(message, Summaries.COLUMN_LENGTH), now);
        events.publish(new ChangeEvent(ChangeEvent.Kind.NOTIFIED, null, null, null, job, message, recipient, now));
    }

    /** The address of an item's page, as the feature that owns the item says. */
    public String addressOf(ItemRef item) {
        return items.route(item);
    }

    /** The page a notification opens: its item's, or the page a job's notice names. */
    public String addressOf(Notification notification) {
        return notification.getItem() == null ? notification.getRoute() : addressOf(notification.getItem());
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByRecipientAndReadAtIsNull(me());
    }

    @Transactional(readOnly = true)
    public List<Notification> latest() {
        return notifications.findByRecipientOrderByCreatedAtDescIdDesc(me(), Limit.of(30));
    }

    @Transactional
    public void markRead(long id) {
        notifications.findById(id).filter(notification -> notification.getRecipient().equals(me()))
                .ifPresent(notification -> notification.markRead(clock.instant()));
    }

    @Transactional
    public void markAllRead() {
        notifications.findByRecipientAndReadAtIsNull(me()).forEach(notification -> notification.markRead(clock.instant()));
    }

    private String me() {
        return currentUser.require().username();
    }
}
