package org.policytracker.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.policytracker.mail.repository.OutboxRepository;
import org.policytracker.security.AppUser;
import org.policytracker.security.People;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues e-mail in the transaction of what caused it (it refuses to run outside one): the message is kept
 * exactly when the change is, and {@link MailDelivery} sends it later. It applies the recipient's
 * preference for the kind (only {@link Channel#EMAIL} queues) and adds the link and the unsubscribe line.
 */
@Service
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    static final int MAX_SUBJECT_LENGTH = 300;

    private final OutboxRepository messages;
    private final People people;
    private final DeliveryPreferences preferences;
    private final UnsubscribeLinks unsubscribeLinks;
    private final MailProperties properties;
    private final Clock clock;

    Outbox(OutboxRepository messages, People people, DeliveryPreferences preferences,
            UnsubscribeLinks unsubscribeLinks, MailProperties properties, Clock clock) {
        this.messages = messages;
        this.people = people;
        this.preferences = preferences;
        this.unsubscribeLinks = unsubscribeLinks;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Queues the message once per idempotency key, if its recipient wants this kind by e-mail and has an
     * address; otherwise nothing. True when the recipient takes it by e-mail (queued now or before).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean queue(OutgoingMail mail) {
        if (preferences.channelOf(mail.recipientUsername(), mail.kind()) != Channel.EMAIL) {
            return false;
        }
        Optional<String> address = people.find(mail.recipientUsername()).map(AppUser::getEmail)
                .filter(email -> !email.isBlank());
        if (address.isEmpty()) {
            log.info("No e-mail address for {}: {} not queued", mail.recipientUsername(), mail.idempotencyKey());
            return false;
        }
        String link = properties.link(mail.route());
        String subject = mail.subject().length() > MAX_SUBJECT_LENGTH
                ? mail.subject().substring(0, MAX_SUBJECT_LENGTH - 1) + "…" : mail.subject();
        String body = mail.text() + "\n\nOpen it: " + link + "\n\n-- \nYou receive \"" + mail.kind().label()
                + "\" by e-mail. Stop them with one click: "
                + unsubscribeLinks.pageFor(mail.recipientUsername(), mail.kind())
                + "\nor choose in the app: " + properties.link("preferences") + "\n";
        Instant now = clock.instant();
        messages.queueOnce(mail.idempotencyKey(), mail.recipientUsername(), address.get(), mail.kind().name(),
                subject, body, link, mail.attachment() == null ? null : mail.attachment().fileName(),
                mail.attachment() == null ? null : mail.attachment().pdf(), now);
        return true;
    }

    /** The latest messages, newest first, for the administrators' outbox page. */
    @Transactional(readOnly = true)
    public List<OutboxEntry> latest(int limit) {
        return messages.findLatest(Limit.of(limit));
    }

    /** Messages waiting for an attempt, and of them those whose next attempt is due. */
    @Transactional(readOnly = true)
    public Backlog backlog() {
        return new Backlog(messages.countByStatus(OutboxMessage.Status.QUEUED),
                messages.countByStatusAndNextAttemptAtLessThanEqual(OutboxMessage.Status.QUEUED, clock.instant()));
    }

    /** How many messages wait, and how many of them are due now. */
    public record Backlog(long queued, long due) {
    }
}
