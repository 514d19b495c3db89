package org.policytracker.mail;

import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.policytracker.mail.repository.OutboxRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the outbox from growing without end: once a day, on one node of the cluster, removes the messages
 * sent longer ago than {@code policy-tracker.mail.keep-sent-for}. A message not sent yet (waiting, or failed
 * and waiting for its next attempt) is never removed: delivery loses nothing.
 */
@Service
public class OutboxRetention {

    private static final Logger log = LoggerFactory.getLogger(OutboxRetention.class);

    private final OutboxRepository messages;
    private final MailProperties properties;
    private final Clock clock;

    OutboxRetention(OutboxRepository messages, MailProperties properties, Clock clock) {
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    /** Daily, on one node of the cluster. */
    @Scheduled(cron = "${policy-tracker.mail.retention-cron}", zone = "${policy-tracker.clock.zone:UTC}")
    @SchedulerLock(name = "outbox-retention", lockAtMostFor = "PT30M")
    public void run() {
        log.info("Outbox retention: {} sent message(s) removed", removeSentAt(clock.instant()));
    }

    /** Removes the messages sent more than the retention before the given time; how many. */
    @Transactional
    public int removeSentAt(Instant now) {
        return messages.deleteSentBefore(now.minus(properties.keepSentFor()));
    }
}
