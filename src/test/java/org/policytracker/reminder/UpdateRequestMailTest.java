package org.policytracker.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policytracker.mail.MailDelivery;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.TestMail;
import org.policytracker.task.UpdateRequested;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** An update request, published as the task feature publishes it, e-mails the task's owner once. */
@PolicyTrackerTest
class UpdateRequestMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestMail.smtpServer();

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    MailDelivery delivery;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;

    @Test
    void anUpdateRequestEmailsTheOwnerOnceAndOnlyIfItIsKept() {
        String title = "Asked " + UUID.randomUUID();
        UpdateRequested request = new UpdateRequested(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), 4242,
                title, "pm.cisa", "cisa", "viewer.congress", "Where are we?", clock.instant());
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> events.publishEvent(request));
        transaction.executeWithoutResult(status -> events.publishEvent(request)); // the same request again
        String rolledBack = "Withdrawn " + UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            events.publishEvent(new UpdateRequested(request.requestId() - 1, 4242, rolledBack, "pm.cisa", "cisa",
                    "viewer.congress", null, clock.instant()));
            status.setRollbackOnly();
        });

        TestMail.deliverAll(delivery, clock.instant());

        List<MimeMessage> received = TestMail.withSubject(smtp, title);
        assertThat(received).hasSize(1);
        assertThat(TestMail.recipient(received.getFirst())).isEqualTo("pm.cisa@example.org");
        assertThat(TestMail.subject(received.getFirst())).isEqualTo("Update requested: " + title);
        assertThat(TestMail.body(received.getFirst())).contains("asks you for an update").contains("Where are we?")
                .contains("http://localhost:8080/tasks/4242");
        assertThat(TestMail.withSubject(smtp, rolledBack)).isEmpty();
    }
}
