package org.policytracker.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.policytracker.mail.Channel;
import org.policytracker.mail.DeliveryPreferences;
import org.policytracker.mail.MailDelivery;
import org.policytracker.mail.MessageKind;

/** The tests' SMTP server (GreenMail on the test port that the build points spring.mail at) and its mail. */
public final class TestMail {

    private TestMail() {
    }

    /** A fresh in-process SMTP server for each test method. */
    public static GreenMailExtension smtpServer() {
        return new GreenMailExtension(ServerSetupTest.SMTP);
    }

    /** Gives the people back the default preferences (every kind by e-mail, the digest on Mondays, no PDF). */
    public static void restoreDefaultPreferences(SignedIn signedIn, DeliveryPreferences preferences, String... people) {
        for (String person : people) {
            signedIn.run(person, () -> preferences.chooseMine(Map.of(MessageKind.REMINDER, Channel.EMAIL,
                    MessageKind.UPDATE_REQUEST, Channel.EMAIL, MessageKind.DIGEST, Channel.EMAIL), DayOfWeek.MONDAY, false));
        }
    }

    /** Runs the worker until nothing due at the given time is left to send. */
    public static void deliverAll(MailDelivery delivery, Instant at) {
        while (delivery.deliverDue(at) > 0) {
            // each run sends at most a batch
        }
    }

    /** The received messages whose subject contains the text (test data carries unique names). */
    public static List<MimeMessage> withSubject(GreenMailExtension server, String text) {
        return Arrays.stream(server.getReceivedMessages()).filter(message -> subject(message).contains(text)).toList();
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    public static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    /** What the message is about, as the outbox's idempotency key names it (the delivery sets this header). */
    public static String idempotencyKey(MimeMessage message) {
        try {
            return message.getHeader("X-Policy-Tracker-Message", null);
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    public static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (MessagingException | IOException unreadable) {
            throw new UncheckedIOException(new IOException(unreadable));
        }
    }
}
