package org.policytracker.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The clean-up of sent outbox rows, on the fixed clock: sent and old goes, anything not sent stays. */
@PolicyTrackerTest
class OutboxRetentionTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestMail.smtpServer();

    @Autowired
    Outbox outbox;
    @Autowired
    MailDelivery delivery;
    @Autowired
    OutboxRetention retention;
    @Autowired
    MailProperties properties;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;

    @Test
    void sentMessagesGoAfterTheRetentionAndUnsentOnesStay() {
        Instant start = clock.instant();
        String run = UUID.randomUUID().toString();
        queue("Sent long ago " + run);
        TestMail.deliverAll(delivery, start);
        queue("Sent lately " + run);
        Instant lately = start.plus(Duration.ofDays(25));
        TestMail.deliverAll(delivery, lately);
        queue("Never sent " + run);
        smtp.stop();
        delivery.deliverDue(lately); // a failed attempt: the message waits for the next one

        assertThat(mine(run)).extracting(OutboxEntry::subject, OutboxEntry::status).containsExactlyInAnyOrder(
                tuple("Sent long ago " + run, OutboxMessage.Status.SENT),
                tuple("Sent lately " + run, OutboxMessage.Status.SENT),
                tuple("Never sent " + run, OutboxMessage.Status.QUEUED));
        assertThat(mine(run)).filteredOn(message -> message.status() == OutboxMessage.Status.QUEUED)
                .allMatch(message -> message.attempts() == 1 && message.lastError() != null);

        Instant dayAfterRetention = start.plus(properties.keepSentFor()).plus(Duration.ofDays(1));
        assertThat(retention.removeSentAt(dayAfterRetention)).isPositive();
        assertThat(mine(run)).extracting(OutboxEntry::subject)
                .containsExactlyInAnyOrder("Sent lately " + run, "Never sent " + run);

        retention.removeSentAt(dayAfterRetention.plus(Duration.ofDays(365)));
        assertThat(mine(run)).extracting(OutboxEntry::subject).as("not sent: kept however old")
                .containsExactly("Never sent " + run);
    }

    @Test
    void aRetentionShorterThanTheJobsWindowsIsRefused() {
        assertThatThrownBy(() -> new MailProperties("http://localhost:8080", "from@example.org", "", Duration.ofMinutes(1),
                Duration.ofHours(1), 50, Duration.ofDays(3)))
                .hasMessageContaining("keep-sent-for must be at least 8 days");
    }

    private void queue(String subject) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> outbox.queue(new OutgoingMail(
                "test:retention:" + subject, "pm.cisa", MessageKind.REMINDER, subject, "Text", "tasks")));
    }

    private List<OutboxEntry> mine(String run) {
        return outbox.latest(2000).stream().filter(message -> message.subject().contains(run)).toList();
    }
}
