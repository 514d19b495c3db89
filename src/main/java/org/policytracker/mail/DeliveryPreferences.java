package org.policytracker.mail;

import java.time.Clock;
import java.time.DayOfWeek;
import java.util.Map;
import java.util.Optional;
import org.policytracker.mail.repository.DeliveryPreferenceRepository;
import org.policytracker.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each person wants each kind of message: read by whoever sends one (the outbox for e-mail, the
 * features for their in-app notices), changed by the person on the preferences page or by an
 * unsubscribe link. A person without a row has the defaults ({@link DeliveryPreference#defaultsFor}).
 */
@Service
public class DeliveryPreferences {

    private final DeliveryPreferenceRepository preferences;
    private final UnsubscribeLinks links;
    private final CurrentUser currentUser;
    private final Clock clock;

    DeliveryPreferences(DeliveryPreferenceRepository preferences, UnsubscribeLinks links, CurrentUser currentUser,
            Clock clock) {
        this.preferences = preferences;
        this.links = links;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The person's channel for a kind of message. */
    @Transactional(readOnly = true)
    public Channel channelOf(String username, MessageKind kind) {
        return of(username).channelOf(kind);
    }

    /** The person's choices (the defaults if they never chose). */
    @Transactional(readOnly = true)
    public DeliveryPreference of(String username) {
        return preferences.findById(username).orElseGet(() -> DeliveryPreference.defaultsFor(username, clock.instant()));
    }

    /** The signed-in person's choices. */
    @Transactional(readOnly = true)
    public DeliveryPreference mine() {
        return of(currentUser.require().username());
    }

    /** The signed-in person chooses their channels, the digest's day and whether it brings the dashboard PDF. */
    @Transactional
    public void chooseMine(Map<MessageKind, Channel> channels, DayOfWeek digestDay, boolean digestPdf) {
        DeliveryPreference mine = stored(currentUser.require().username());
        channels.forEach((kind, channel) -> mine.choose(kind, channel, clock.instant()));
        mine.chooseDigest(digestDay, digestPdf, clock.instant());
    }

    /**
     * Stops the e-mail a signed unsubscribe token names (one kind for one person: it stays in the app),
     * nothing else; the subscription stopped, or empty when the token is not valid.
     */
    @Transactional
    public Optional<UnsubscribeLinks.Subscription> unsubscribe(String token) {
        Optional<UnsubscribeLinks.Subscription> subscription = links.verify(token);
        subscription.ifPresent(stop -> stored(stop.username()).choose(stop.kind(), Channel.IN_APP, clock.instant()));
        return subscription;
    }

    private DeliveryPreference stored(String username) {
        return preferences.findById(username)
                .orElseGet(() -> preferences.save(DeliveryPreference.defaultsFor(username, clock.instant())));
    }
}
