package org.policytracker.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Delivery through a real SMTP server (GreenMail) that is away for the first attempts. */
@PolicyTrackerTest
class MailDeliveryTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestMail.smtpServer();

    @Autowired
    Outbox outbox;
    @Autowired
    MailDelivery delivery;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;

    @Test
    void anSmtpOutageDelaysMailButNeitherLosesNorDoublesIt() {
        Instant start = clock.instant();
        TestMail.deliverAll(delivery, start); // what other tests left: this test's figures count only its own
        String run = UUID.randomUUID().toString();
        List<String> subjects = IntStream.rangeClosed(1, 3).mapToObj(n -> "Outage " + run + " #" + n).toList();
        new TransactionTemplate(transactions).executeWithoutResult(status -> subjects.forEach(subject -> outbox.queue(
                new OutgoingMail("test:outage:" + subject, "pm.cisa", MessageKind.REMINDER, subject, "Text", "tasks"))));
        smtp.stop();

        // the server is away for eight runs of the worker, each when the next of these messages is due
        Instant at = start;
        for (int attempt = 0; attempt < 8; attempt++) {
            assertThat(delivery.deliverDue(at)).isZero();
            at = mine(run).stream().map(OutboxEntry::nextAttemptAt).min(Instant::compareTo).orElseThrow();
        }
        List<OutboxEntry> waiting = mine(run);
        assertThat(waiting).hasSize(3).allMatch(message -> message.status() == OutboxMessage.Status.QUEUED);
        assertThat(waiting).allMatch(message -> message.lastError() != null);
        System.out.println("SMTP outage: " + subjects.size() + " messages queued; while away " + waiting.stream()
                .map(m -> m.attempts() + " attempt(s), next at +" + Duration.between(start, m.nextAttemptAt())).toList());

        smtp.start();
        Instant back = mine(run).stream().map(OutboxEntry::nextAttemptAt).max(Instant::compareTo).orElseThrow();
        TestMail.deliverAll(delivery, back); // the server is back by the latest of their next attempts
        TestMail.deliverAll(delivery, back.plus(Duration.ofHours(3))); // a further run sends nothing twice

        List<OutboxEntry> sent = mine(run);
        assertThat(sent).allMatch(message -> message.status() == OutboxMessage.Status.SENT);
        for (String subject : subjects) {
            assertThat(TestMail.withSubject(smtp, subject)).as(subject).hasSize(1);
        }
        System.out.println("SMTP outage: delivered " + sent.stream().map(m -> m.attempts() + " attempt(s), sent +"
                + Duration.between(start, m.sentAt())).toList() + " after the first attempt; received by the server: "
                + subjects.stream().map(subject -> TestMail.withSubject(smtp, subject).size() + "x").toList()
                + " (each once), none lost");
    }

    @Test
    void aMessageIsQueuedOnlyInsideATransactionAndOncePerKey() {
        String subject = "Once " + UUID.randomUUID();
        OutgoingMail mail = new OutgoingMail("test:once:" + subject, "pm.cisa", MessageKind.REMINDER, subject, "Text",
                "tasks");
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> outbox.queue(mail));
        transaction.executeWithoutResult(status -> outbox.queue(mail));
        transaction.executeWithoutResult(status -> {
            outbox.queue(new OutgoingMail("test:rolled-back:" + subject, "pm.cisa", MessageKind.REMINDER,
                    subject + " rolled back", "Text", "tasks"));
            status.setRollbackOnly();
        });
        assertThatThrownBy(() -> outbox.queue(mail))
                .hasMessageContaining("transaction");

        TestMail.deliverAll(delivery, clock.instant());

        assertThat(TestMail.withSubject(smtp, subject)).extracting(TestMail::subject).containsExactly(subject);
    }

    private List<OutboxEntry> mine(String run) {
        return outbox.latest(1000).stream().filter(message -> message.subject().contains(run)).toList();
    }
}
