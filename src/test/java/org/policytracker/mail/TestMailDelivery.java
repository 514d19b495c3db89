package org.policytracker.mail;

import java.time.Clock;
import org.policytracker.mail.repository.OutboxRepository;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** The outbox's worker as an installation without an SMTP server ({@code spring.mail.host} unset) has it. */
@Component
public class TestMailDelivery {

    private final OutboxRepository messages;
    private final UnsubscribeLinks unsubscribeLinks;
    private final MailProperties properties;
    private final PlatformTransactionManager transactions;
    private final Clock clock;

    TestMailDelivery(OutboxRepository messages, UnsubscribeLinks unsubscribeLinks, MailProperties properties,
            PlatformTransactionManager transactions, Clock clock) {
        this.messages = messages;
        this.unsubscribeLinks = unsubscribeLinks;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    public MailDelivery withoutSmtpServer() {
        return new MailDelivery(messages, new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                unsubscribeLinks, properties, transactions, clock);
    }
}
