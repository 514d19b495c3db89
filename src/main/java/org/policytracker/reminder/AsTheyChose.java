package org.policytracker.reminder;

import org.policytracker.collab.NotificationService;
import org.policytracker.mail.Channel;
import org.policytracker.mail.DeliveryPreferences;
import org.policytracker.mail.Outbox;
import org.policytracker.mail.OutgoingMail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers a job's message as its recipient chose for its kind, in the caller's transaction: "off", nothing;
 * otherwise a notice in the app (the bell, attributed to the job, once per idempotency key), and by e-mail
 * through the outbox as well when they chose e-mail.
 */
@Component
class AsTheyChose {

    private final DeliveryPreferences preferences;
    private final NotificationService notifications;
    private final Outbox outbox;

    AsTheyChose(DeliveryPreferences preferences, NotificationService notifications, Outbox outbox) {
        this.preferences = preferences;
        this.notifications = notifications;
        this.outbox = outbox;
    }

    /** Whether the message goes out by e-mail (queued now or by an earlier run). */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean deliver(String job, OutgoingMail message) {
        if (preferences.channelOf(message.recipientUsername(), message.kind()) == Channel.OFF) {
            return false;
        }
        notifications.notifyFromJob(job, message.idempotencyKey(), message.recipientUsername(), message.route(),
                message.subject());
        return outbox.queue(message);
    }
}
