package org.policytracker.mail.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.policytracker.mail.MailDelivery;
import org.policytracker.mail.Outbox;
import org.policytracker.mail.OutboxEntry;
import org.policytracker.mail.OutboxMessage;
import org.policytracker.ui.Timestamps;

/**
 * Administrators see what was sent and what waits: each message's recipient, subject, status, attempts
 * and last error; and whether an SMTP server is configured at all (without one, nothing leaves).
 */
@Route("outbox")
@PageTitle("Outbox | Policy Tracker")
@RolesAllowed("ADMIN")
public class OutboxView extends VerticalLayout {

    static final int SHOWN = 500;

    OutboxView(Outbox outbox, MailDelivery delivery) {
        Outbox.Backlog backlog = outbox.backlog();
        add(new H1("Outbox"));
        add(new Paragraph(delivery.configured()
                ? "Mail is sent through the configured SMTP server; a failed attempt is tried again later, "
                        + "each wait twice the last. Waiting: " + backlog.queued() + ", due now: " + backlog.due() + "."
                : "No SMTP server is configured (spring.mail.host): mail is not sent. This is what would have been "
                        + "sent: the " + backlog.queued() + " waiting messages stay queued and go out once a server is "
                        + "configured."));
        Grid<OutboxEntry> messages = new Grid<>();
        messages.setAriaLabel("Outgoing e-mail");
        messages.addColumn(message -> Timestamps.format(message.createdAt())).setHeader("Queued").setAutoWidth(true);
        messages.addColumn(OutboxEntry::recipientAddress).setHeader("To").setAutoWidth(true);
        messages.addColumn(message -> message.kind().label()).setHeader("Kind").setAutoWidth(true);
        messages.addColumn(message -> message.subject()
                + (message.attachmentName() == null ? "" : " (with " + message.attachmentName() + ")"))
                .setHeader("Subject").setWidth("20rem").setFlexGrow(2);
        messages.addColumn(message -> message.status() == OutboxMessage.Status.SENT
                ? "Sent " + Timestamps.format(message.sentAt())
                : "Waiting: next try " + Timestamps.format(message.nextAttemptAt())).setHeader("Status")
                .setWidth("16rem").setFlexGrow(0);
        messages.addColumn(OutboxEntry::attempts).setHeader("Attempts").setAutoWidth(true);
        messages.addColumn(message -> message.lastError() == null ? "" : message.lastError())
                .setHeader("Last error").setWidth("14rem").setFlexGrow(1);
        messages.getColumns().forEach(column -> column.setResizable(true));
        messages.setItems(outbox.latest(SHOWN));
        add(new Paragraph("The latest " + SHOWN + " messages, newest first."), messages);
    }
}
