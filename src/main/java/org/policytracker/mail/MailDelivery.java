package org.policytracker.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.policytracker.mail.repository.OutboxRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's worker: sends the messages whose attempt is due, one per transaction. The row is locked
 * ({@code for update skip locked}) while its message is handed to the SMTP server and marked sent only
 * after the server accepted it; a refusal or an unreachable server leaves it queued with the error, one
 * more attempt counted and the next one later (doubling back-off, capped). So an outage delays mail and
 * never loses it, and two workers never send the same message. (If the node dies between the server's
 * acceptance and the commit, the message goes again: at least once, as any SMTP client.) With no SMTP
 * server configured ({@code spring.mail.host}) nothing is sent and the messages wait, as the administrators'
 * outbox page says.
 */
@Service
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final OutboxRepository messages;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final UnsubscribeLinks unsubscribeLinks;
    private final MailProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MailDelivery(OutboxRepository messages, ObjectProvider<JavaMailSender> mailSender,
            UnsubscribeLinks unsubscribeLinks, MailProperties properties, PlatformTransactionManager transactions,
            Clock clock) {
        this.messages = messages;
        this.mailSender = mailSender;
        this.unsubscribeLinks = unsubscribeLinks;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Whether an SMTP server is configured; without one the messages stay queued. */
    public boolean configured() {
        return mailSender.getIfAvailable() != null;
    }

    /** Every few seconds, on one node of the cluster at a time. */
    @Scheduled(fixedDelayString = "${policy-tracker.mail.delivery-interval}")
    @SchedulerLock(name = "mail-delivery", lockAtMostFor = "PT5M")
    public void deliverDue() {
        deliverDue(clock.instant());
    }

    /** Attempts the messages due at the given time (at most a batch); how many the server accepted. */
    public int deliverDue(Instant now) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int accepted = 0;
        for (int i = 0; i < properties.batchSize(); i++) {
            Optional<Boolean> attempt = transaction.execute(status -> messages.claimNextDue(now)
                    .map(message -> attempt(sender, message, now)));
            if (attempt == null || attempt.isEmpty()) {
                break;
            }
            if (attempt.get()) {
                accepted++;
            } else {
                break; // the server refused or is away: the rest waits for the next run, not for its timeouts
            }
        }
        return accepted;
    }

    private boolean attempt(JavaMailSender sender, OutboxMessage message, Instant now) {
        try {
            sender.send(mimeMessage(sender, message));
            message.sent(now);
            return true;
        } catch (MailException | MessagingException failure) {
            message.failed(now, failure.getMessage() == null ? failure.getClass().getName() : failure.getMessage(),
                    properties.retryDelayAfter(message.getAttempts() + 1));
            log.warn("Mail {} to {} not sent (attempt {}), next attempt at {}: {}", message.getId(),
                    message.getRecipientAddress(), message.getAttempts(), message.getNextAttemptAt(),
                    message.getLastError());
            return false;
        }
    }

    private MimeMessage mimeMessage(JavaMailSender sender, OutboxMessage message) throws MessagingException {
        MimeMessage mime = sender.createMimeMessage();
        boolean attached = message.getAttachmentName() != null;
        MimeMessageHelper helper = new MimeMessageHelper(mime, attached, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setTo(message.getRecipientAddress());
        helper.setSubject(message.getSubject());
        helper.setText(message.getBody());
        if (attached) {
            helper.addAttachment(message.getAttachmentName(), new ByteArrayResource(message.getAttachment()),
                    "application/pdf");
        }
        // RFC 8058: a mail client's one-click unsubscribe, a POST to the signed address
        mime.setHeader("List-Unsubscribe",
                "<" + unsubscribeLinks.oneClickFor(message.getRecipientUsername(), message.getKind()) + ">");
        mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        // the outbox row's key: a receiving system can see a repeat (after a crash between send and commit)
        mime.setHeader("X-Policy-Tracker-Message", message.getIdempotencyKey());
        return mime;
    }
}
