package org.policytracker.reminder;

import org.policytracker.mail.MessageKind;
import org.policytracker.mail.Outbox;
import org.policytracker.mail.OutgoingMail;
import org.policytracker.security.AppUser;
import org.policytracker.security.People;
import org.policytracker.task.UpdateRequested;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * E-mails a task's owner when someone asks for an update: listens to {@link UpdateRequested} inside the
 * transaction that records the request, so the message is queued exactly when the request is kept (the
 * outbox refuses to queue outside a transaction). The in-app notice is the requesting feature's.
 */
@Component
class UpdateRequestMail {

    private final Outbox outbox;
    private final People people;

    UpdateRequestMail(Outbox outbox, People people) {
        this.outbox = outbox;
        this.people = people;
    }

    @EventListener
    void on(UpdateRequested request) {
        String asker = people.find(request.requestedBy()).map(AppUser::getDisplayName).orElse(request.requestedBy());
        String message = request.message() == null || request.message().isBlank() ? ""
                : "\n\nTheir message:\n" + request.message();
        outbox.queue(new OutgoingMail("update-request:" + request.requestId(), request.ownerUsername(),
                MessageKind.UPDATE_REQUEST, "Update requested: " + request.taskTitle(),
                asker + " asks you for an update on the task \"" + request.taskTitle() + "\", which you own. "
                        + "Posting a progress update on the task answers the request." + message,
                "tasks/" + request.taskId()));
    }
}
