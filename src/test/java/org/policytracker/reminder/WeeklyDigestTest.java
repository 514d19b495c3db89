package org.policytracker.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policytracker.collab.NotificationService;
import org.policytracker.mail.Channel;
import org.policytracker.mail.DeliveryPreferences;
import org.policytracker.mail.MailDelivery;
import org.policytracker.mail.MessageKind;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;

/** The weekly digest on the reader's chosen day, with the demo data, through a real SMTP server. */
@PolicyTrackerTest
class WeeklyDigestTest {

    /** the digest readers this test moves to today's weekday; no other test reads digests */
    private static final List<String> READERS = List.of("viewer.congress", "pm.cisa", "reporter.health");

    @RegisterExtension
    static GreenMailExtension smtp = TestMail.smtpServer();

    @Autowired
    WeeklyDigest digest;
    @Autowired
    DailyReminders reminders;
    @Autowired
    MailDelivery delivery;
    @Autowired
    DeliveryPreferences preferences;
    @Autowired
    SignedIn signedIn;
    @Autowired
    NotificationService notifications;
    @Autowired
    Clock clock;

    @AfterEach
    void restoreDefaults() {
        TestMail.restoreDefaultPreferences(signedIn, preferences, READERS.toArray(String[]::new));
    }

    @Test
    void oversightAndLeadAgencyManagersGetOneDigestOnTheirDayOthersNone() throws Exception {
        LocalDate today = LocalDate.now(clock);
        READERS.forEach(reader -> choose(reader, today.getDayOfWeek(), reader.equals("pm.cisa")));

        digest.send();
        digest.send();
        reminders.remind();
        TestMail.deliverAll(delivery, clock.instant());

        List<MimeMessage> digests = TestMail.withSubject(smtp, "Weekly digest, " + today.minusDays(7));
        assertThat(digests).extracting(TestMail::recipient)
                .containsExactlyInAnyOrder("viewer.congress@example.org", "pm.cisa@example.org");
        MimeMessage oversight = digests.stream()
                .filter(message -> TestMail.recipient(message).startsWith("viewer.")).findFirst().orElseThrow();
        assertThat(TestMail.body(oversight)).contains("Gap index moved:").contains("Newly off track:")
                .contains("Open overdue tasks:").contains("Reports accepted or sent back:")
                .contains("http://localhost:8080/directives/");
        MimeMessage lead = digests.stream().filter(message -> TestMail.recipient(message).startsWith("pm.cisa"))
                .findFirst().orElseThrow();
        assertThat(pdfParts(lead)).as("the PDF pm.cisa asked for").containsExactly("gap-dashboard-" + today + ".pdf");
        assertThat(pdfParts(oversight)).as("viewer.congress did not ask for the PDF").isEmpty();
        // the note's record of one day (the fixed clock) with the demo data, as the SMTP server received it; run
        // this class alone (a fresh database holds only the demo data): ./mvnw -B -ntp verify -Dtest=WeeklyDigestTest
        System.out.println("Mail of " + today + " as GreenMail received it (recipient | subject), reminders and"
                + " digests:");
        Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> !TestMail.idempotencyKey(message).startsWith("test:")
                        && !TestMail.idempotencyKey(message).startsWith("update-request:"))
                .map(message -> "  " + TestMail.recipient(message) + " | " + TestMail.subject(message)).sorted()
                .forEach(System.out::println);
        System.out.println("Digest to viewer.congress:\n" + TestMail.body(oversight));
    }

    private static List<String> pdfParts(MimeMessage message) throws Exception {
        if (!(message.getContent() instanceof Multipart parts)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("application/pdf")) {
                assertThat(part.getInputStream().readNBytes(5)).asString().isEqualTo("%PDF-");
                names.add(part.getFileName());
            }
        }
        return names;
    }

    @Test
    void aDigestTakenInTheAppIsANoticeThatOpensTheDashboardAndNoEmail() {
        LocalDate today = LocalDate.now(clock);
        signedIn.run("viewer.congress", () -> preferences.chooseMine(Map.of(MessageKind.DIGEST, Channel.IN_APP),
                today.getDayOfWeek(), false));

        digest.send();
        digest.send();
        TestMail.deliverAll(delivery, clock.instant());

        String subject = "Weekly digest, " + today.minusDays(7) + " to " + today.minusDays(1);
        assertThat(TestMail.withSubject(smtp, subject)).extracting(TestMail::recipient)
                .doesNotContain("viewer.congress@example.org");
        assertThat(signedIn.as("viewer.congress", notifications::latest))
                .filteredOn(notice -> notice.getMessage().equals(subject)).singleElement().satisfies(notice -> {
                    assertThat(notice.getActor()).isEqualTo(WeeklyDigest.JOB);
                    assertThat(signedIn.as("viewer.congress", () -> notifications.addressOf(notice))).isEqualTo("gaps");
                });
    }

    private void choose(String reader, DayOfWeek day, boolean withPdf) {
        signedIn.run(reader, () -> {
            Map<MessageKind, Channel> channels = new EnumMap<>(MessageKind.class);
            for (MessageKind kind : MessageKind.values()) {
                channels.put(kind, preferences.mine().channelOf(kind));
            }
            preferences.chooseMine(channels, day, withPdf);
        });
    }
}
