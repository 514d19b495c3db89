package org.policytracker.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The one-click unsubscribe of an e-mail: without a session, for that person and kind only. */
@PolicyTrackerTest
class UnsubscribeTest {

    /** reminders come to this person from no other test */
    private static final String PERSON = "reporter.slg";

    @RegisterExtension
    static GreenMailExtension smtp = TestMail.smtpServer();

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    MailDelivery delivery;
    @Autowired
    DeliveryPreferences preferences;
    @Autowired
    UnsubscribeLinks links;
    @Autowired
    SignedIn signedIn;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;

    @AfterEach
    void restoreDefaults() {
        TestMail.restoreDefaultPreferences(signedIn, preferences, PERSON);
    }

    @Test
    void theEmailsUnsubscribeAddressStopsThatKindWithoutSigningIn() throws Exception {
        String subject = "Unsubscribe me " + UUID.randomUUID();
        MimeMessage received = send(subject);
        assertThat(received.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        String header = received.getHeader("List-Unsubscribe")[0];
        URI oneClick = URI.create(header.substring(1, header.length() - 1));
        assertThat(TestMail.body(received)).contains(links.pageFor(PERSON, MessageKind.REMINDER));

        HttpResponse<String> forged = post(withForgedSignature(oneClick.getPath()));
        assertThat(forged.statusCode()).isEqualTo(404);
        assertThat(preferences.channelOf(PERSON, MessageKind.REMINDER)).isEqualTo(Channel.EMAIL);

        HttpResponse<String> response = post(oneClick.getPath());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(preferences.channelOf(PERSON, MessageKind.REMINDER)).isEqualTo(Channel.IN_APP);
        assertThat(preferences.channelOf(PERSON, MessageKind.UPDATE_REQUEST)).isEqualTo(Channel.EMAIL);
        assertThat(preferences.channelOf(PERSON, MessageKind.DIGEST)).isEqualTo(Channel.EMAIL);
        assertThat(preferences.channelOf("reporter.health", MessageKind.REMINDER)).isEqualTo(Channel.EMAIL);
        String later = "After unsubscribing " + UUID.randomUUID();
        queue(later, MessageKind.REMINDER);
        queue(later + " (update request)", MessageKind.UPDATE_REQUEST);
        TestMail.deliverAll(delivery, clock.instant());
        assertThat(TestMail.withSubject(smtp, later)).extracting(TestMail::subject)
                .containsExactly(later + " (update request)");
    }

    private MimeMessage send(String subject) {
        queue(subject, MessageKind.REMINDER);
        TestMail.deliverAll(delivery, clock.instant());
        return TestMail.withSubject(smtp, subject).getFirst();
    }

    private void queue(String subject, MessageKind kind) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> outbox.queue(
                new OutgoingMail("test:unsubscribe:" + subject, PERSON, kind, subject, "Text", "reporting")));
    }

    /** Changes the signature's first character: all six of its bits count, unlike the last one's. */
    private static String withForgedSignature(String path) {
        int signature = path.lastIndexOf('.') + 1;
        char forged = path.charAt(signature) == 'A' ? 'B' : 'A';
        return path.substring(0, signature) + forged + path.substring(signature + 1);
    }

    private HttpResponse<String> post(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
