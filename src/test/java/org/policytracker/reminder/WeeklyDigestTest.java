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
import java.util.Set;
import java.util.regex.Pattern;
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
import org.policytracker.support.TestOrders;
import org.policytracker.uptake.PeriodStatus;
import org.policytracker.uptake.ReportReviewService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The weekly digest on the reader's chosen day, with the demo data, through a real SMTP server. */
@PolicyTrackerTest
class WeeklyDigestTest {

    /** the digest readers of the fixed clock's day (the week's figures move pm2.cisa too); no other test reads digests */
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
    @Autowired
    TestOrders orders;
    @Autowired
    ReportReviewService reviews;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void restoreDefaults() {
        TestMail.restoreDefaultPreferences(signedIn, preferences, READERS.toArray(String[]::new));
        TestMail.restoreDefaultPreferences(signedIn, preferences, "pm2.cisa");
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
        // this class alone (a fresh database holds only the demo data): ./mvnw -B -ntp verify -Dtest=WeeklyDigestTest.
        // In a whole-suite run it differs, and says so: other tests' fixtures are in the database, and a reminder of
        // the demo data that another test's run already queued (same key) is not queued, nor received, again here
        System.out.println("Mail of " + today + " as GreenMail received it in this test (recipient | subject),"
                + " reminders and digests (the demo data's only when this class runs alone):");
        Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> !TestMail.idempotencyKey(message).startsWith("test:")
                        && !TestMail.idempotencyKey(message).startsWith("update-request:"))
                .map(message -> "  " + TestMail.recipient(message) + " | " + TestMail.subject(message)).sorted()
                .forEach(System.out::println);
        System.out.println("Digest to viewer.congress:\n" + TestMail.body(oversight));
    }

    @Test
    void aDigestShowsWhatMovedInItsWeekAndALeadAgencysManagerOnlyTheirAgencysDirectives() {
        // next week's digest (its own idempotency key), so the fixed clock's demo digest is left as it is: the
        // task falls due within the week (overdue by its end, not at its start) and the reviews happen today
        LocalDate today = LocalDate.now(clock);
        LocalDate digestDay = today.plusDays(7);
        TestOrders.TestOrder order = orders.order("DIGEST").directive("UP", "cisa").directive("OTHER", "treasury")
                .directive("REVIEWED", "cisa").measure("M1", "REVIEWED", "healthcare")
                .measure("M2", "REVIEWED", "healthcare").period("P", PeriodStatus.OPEN).create();
        // due within the week and never a reminder (neither 7 nor 1 day before it, catch-up included, is today)
        orders.ownedTask("pm.cisa", order.directive("UP"), "Digest task " + order.code(), today.plusDays(3));
        orders.ownedTask("pm.treasury", order.directive("OTHER"), "Digest task " + order.code(), today.plusDays(3));
        long accepted = orders.report("reporter.health", order.measure("M1"), "healthcare", order.period("P"), 80, 40, 10)
                .id();
        long sentBack = orders.report("reporter.health", order.measure("M2"), "healthcare", order.period("P"), 80, 40, 10)
                .id();
        signedIn.run("pm.cisa", () -> {
            reviews.accept(accepted, "Fine");
            reviews.sendBack(sentBack, "Give the source of the figures");
        });
        List.of("viewer.congress", "pm2.cisa").forEach(reader -> choose(reader, digestDay.getDayOfWeek(), false));

        digest.sendOn(digestDay);
        digest.sendOn(digestDay);
        TestMail.deliverAll(delivery, clock.instant());

        List<MimeMessage> digests = TestMail.withSubject(smtp, "Weekly digest, " + today + " to " + digestDay.minusDays(1));
        assertThat(digests).extracting(TestMail::recipient)
                .containsExactlyInAnyOrder("viewer.congress@example.org", "pm2.cisa@example.org");
        String up = order.code() + " UP";
        String upLink = " http://localhost:8080/directives/" + order.directive("UP");
        String oversight = TestMail.body(digests.stream()
                .filter(message -> TestMail.recipient(message).startsWith("viewer.")).findFirst().orElseThrow());
        // as of the week's start the task was not overdue (index 54.5: execution gap 100 x 0.30 / 0.55), at its
        // end it is (schedule gap 100 x 0.20 added: 90.9), which also puts the directive off track
        assertThat(oversight).contains("- " + up + ": gap index up from 54.5 to 90.9 (Off track)" + upLink)
                .contains("- " + up + " " + order.directiveTitle("UP") + upLink)
                .contains("- " + up + ": 1 overdue" + upLink)
                .contains("- " + order.code() + " OTHER: 1 overdue")
                .containsPattern("- " + order.measure("M1") + ", [^\r\n]+, " + order.period("P")
                        + " \\([^\r\n]+\\): accepted http://localhost:8080/reports/" + accepted + "\\b")
                .containsPattern("- " + order.measure("M2") + ", [^\r\n]+, " + order.period("P")
                        + " \\([^\r\n]+\\): sent back http://localhost:8080/reports/" + sentBack + "\\b");
        assertThat(section(oversight, "Newly off track")).contains("- " + up + " " + order.directiveTitle("UP"));
        String lead = TestMail.body(digests.stream()
                .filter(message -> TestMail.recipient(message).startsWith("pm2.cisa")).findFirst().orElseThrow());
        assertThat(lead).contains("- " + up + ": 1 overdue" + upLink).doesNotContain(order.code() + " OTHER")
                .contains("accepted http://localhost:8080/reports/" + accepted);
        Set<Long> cisaLeads = Set.copyOf(jdbc.sql("select id from directive where lead_tenant_id = 'cisa'")
                .query(Long.class).list());
        assertThat(Pattern.compile("/directives/(\\d+)").matcher(lead).results()
                .map(match -> Long.valueOf(match.group(1))).toList())
                .as("every directive in the manager's digest is one their agency leads").isNotEmpty()
                .allMatch(cisaLeads::contains);
    }

    @Test
    void aDirectiveWhoseMeasureWasTakenUpInAPeriodThatEndedThisWeekMovesDown() {
        // the dashboard judges reports in the latest period that has ended: the digest of the week in which the
        // test's period ends compares the period before (nothing reported: uptake and coverage gap 100) with it
        // (everyone eligible takes the measure up, all verified: 0). A day of its own, far from the fixed clock's
        TestOrders.TestOrder order = orders.order("DOWN").directive("DOWN", "cisa").measure("M", "DOWN", "healthcare")
                .period("P", PeriodStatus.OPEN).create();
        long report = orders.report("reporter.health", order.measure("M"), "healthcare", order.period("P"), 80, 80, 80)
                .id();
        signedIn.run("pm.cisa", () -> reviews.accept(report, "Fine"));
        LocalDate digestDay = jdbc.sql("select ends_on from reporting_period where code = ?").param(order.period("P"))
                .query(LocalDate.class).single().plusDays(3);
        choose("viewer.congress", digestDay.getDayOfWeek(), false);

        digest.sendOn(digestDay);
        TestMail.deliverAll(delivery, clock.instant());

        assertThat(TestMail.withSubject(smtp, "Weekly digest, " + digestDay.minusDays(7)))
                .filteredOn(message -> TestMail.recipient(message).equals("viewer.congress@example.org")).singleElement()
                .satisfies(message -> assertThat(TestMail.body(message)).contains("- " + order.code()
                        + " DOWN: gap index down from 100.0 to 0.0 (On track) http://localhost:8080/directives/"
                        + order.directive("DOWN")));
    }

    /** The lines of one section of a digest (from its heading to the next blank line). */
    private static String section(String digest, String heading) {
        String from = digest.substring(digest.indexOf(heading + ":"));
        return from.split("(\\r?\\n){2}")[0];
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
