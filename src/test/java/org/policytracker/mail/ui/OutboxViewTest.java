package org.policytracker.mail.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.provider.Query;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.policytracker.mail.MailDelivery;
import org.policytracker.mail.MessageKind;
import org.policytracker.mail.Outbox;
import org.policytracker.mail.OutboxEntry;
import org.policytracker.mail.OutgoingMail;
import org.policytracker.mail.TestMailDelivery;
import org.policytracker.support.PolicyTrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the administrators' outbox page says about delivery: without an SMTP server (the embedded default)
 * that mail is not sent and the list is what would have been sent; with one (the tests' GreenMail) that it is.
 */
@PolicyTrackerTest
class OutboxViewTest {

    @Autowired
    Outbox outbox;
    @Autowired
    MailDelivery configuredDelivery;
    @Autowired
    TestMailDelivery deliveries;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void withoutAnSmtpServerThePageSaysMailIsNotSentAndListsWhatWouldHaveBeen() {
        String subject = "Would have been sent " + UUID.randomUUID();
        new TransactionTemplate(transactions).executeWithoutResult(status -> outbox.queue(new OutgoingMail(
                "test:outbox-page:" + subject, "pm.cisa", MessageKind.REMINDER, subject, "Text", "tasks")));

        OutboxView page = new OutboxView(outbox, deliveries.withoutSmtpServer());

        assertThat(paragraphs(page)).anySatisfy(text -> assertThat(text)
                .startsWith("No SMTP server is configured (spring.mail.host): mail is not sent. This is what would"
                        + " have been sent: the ")
                .endsWith(" waiting messages stay queued and go out once a server is configured."));
        assertThat(rows(page)).extracting(OutboxEntry::subject).contains(subject);
    }

    @Test
    void withAnSmtpServerThePageSaysMailIsSent() {
        assertThat(paragraphs(new OutboxView(outbox, configuredDelivery)))
                .anyMatch(text -> text.startsWith("Mail is sent through the configured SMTP server"))
                .noneMatch(text -> text.contains("not sent"));
    }

    private static List<String> paragraphs(Component page) {
        return page.getChildren().filter(Paragraph.class::isInstance).map(p -> ((Paragraph) p).getText()).toList();
    }

    @SuppressWarnings("unchecked")
    private static Stream<OutboxEntry> rows(Component page) {
        Grid<OutboxEntry> grid = page.getChildren().filter(Grid.class::isInstance).map(g -> (Grid<OutboxEntry>) g)
                .findFirst().orElseThrow();
        return grid.getDataProvider().fetch(new Query<>());
    }
}
