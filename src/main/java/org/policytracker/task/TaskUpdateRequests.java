package org.policytracker.task;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.policytracker.audit.Actor;
import org.policytracker.collab.ItemChanged;
import org.policytracker.collab.ItemRef;
import org.policytracker.collab.NotificationService;
import org.policytracker.mail.Channel;
import org.policytracker.mail.DeliveryPreferences;
import org.policytracker.mail.MessageKind;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.Role;
import org.policytracker.security.TenantUser;
import org.policytracker.task.repository.TaskUpdateRequestRepository;
import org.policytracker.tenant.TenantTransactions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Update requests (issue 15): a program manager of the task's agency, or an oversight viewer, asks the
 * task's owner for an update. The owner is notified in the app, {@link UpdateRequested} is published for
 * delivery by e-mail, and the request stays open on the task until a progress update answers it
 * ({@link TaskCommands#addProgressUpdate}). Program managers of other agencies do not find the task.
 */
@Service
public class TaskUpdateRequests {

    private final TaskQueries queries;
    private final TaskUpdateRequestRepository requests;
    private final TenantTransactions tenants;
    private final NotificationService notifications;
    private final DeliveryPreferences preferences;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    TaskUpdateRequests(TaskQueries queries, TaskUpdateRequestRepository requests,
            TenantTransactions tenants, NotificationService notifications, DeliveryPreferences preferences,
            ApplicationEventPublisher events, CurrentUser currentUser, Clock clock) {
        this.queries = queries;
        this.requests = requests;
        this.tenants = tenants;
        this.notifications = notifications;
        this.preferences = preferences;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A request as the task pages show it; the answer's fields are null while it is open. */
    public record RequestRow(long id, String requestedBy, String requestedByName, Instant requestedAt,
            String message, Instant answeredAt, String answeredByAuthor, LocalDate answerReportedOn,
            String answerNarrative) {

        public boolean open() {
            return answeredAt == null;
        }
    }

    /** Whether the signed-in user may ask for updates at all (the pages show the button only then). */
    public boolean mayAsk() {
        return currentUser.hasAnyRole(Role.PROGRAM_MANAGER, Role.OVERSIGHT_VIEWER);
    }

    /**
     * Asks the task's owner for an update, with an optional message. Refused (nothing stored) when the
     * user may not ask, the task is not theirs to see, it has no owner, they own it themselves, they already
     * have an open request on it, or the message is too long.
     */
    public long ask(long taskId, String message) {
        TenantUser asker = currentUser.require();
        if (!mayAsk()) {
            throw new AccessDeniedException("Only program managers and oversight viewers ask for updates");
        }
        String cleanMessage = message == null || message.isBlank() ? null : message.strip();
        if (cleanMessage != null && cleanMessage.length() > TaskUpdateRequest.MAX_MESSAGE_LENGTH) {
            throw new UpdateRequestRefusedException("message", "The message is " + cleanMessage.length()
                    + " characters long; at most " + TaskUpdateRequest.MAX_MESSAGE_LENGTH + " fit");
        }
        // a program manager finds only their own agency's task; a viewer any agency's (read-only, for its tenant)
        String agency = queries.readAsAllowed(() -> queries.find(taskId).getTenantId());
        return tenants.writeAs(agency, () -> {
            Task task = queries.find(taskId);
            String owner = task.getOwnerUsername();
            if (owner == null) {
                throw new UpdateRequestRefusedException("task",
                        "This task has no owner yet, so there is nobody to ask");
            }
            if (owner.equals(asker.username())) {
                throw new UpdateRequestRefusedException("task", "You own this task: post a progress update instead");
            }
            if (requests.existsByTaskIdAndRequestedByAndAnsweredAtIsNull(taskId, asker.username())) {
                throw new UpdateRequestRefusedException("task", "You already asked for an update on this task; "
                        + "your request is still open");
            }
            Instant now = clock.instant();
            TaskUpdateRequest request = requests.saveAndFlush(new TaskUpdateRequest(taskId, owner, Actor.current(),
                    now, cleanMessage));
            events.publishEvent(new UpdateRequested(request.getId(), taskId, task.getTitle(), owner,
                    task.getTenantId(), asker.username(), cleanMessage, now));
            // the owner's choice for this kind: "off" silences the app too (the e-mail follows it in the outbox)
            if (preferences.channelOf(owner, MessageKind.UPDATE_REQUEST) != Channel.OFF) {
                notifications.notify(owner, ItemRef.task(taskId), asker.displayName() + " asked you for an update on \""
                        + task.getTitle() + "\"" + (cleanMessage == null ? "" : ": " + cleanMessage));
            }
            events.publishEvent(new ItemChanged(ItemRef.task(taskId), task.getTenantId(),
                    task.getDirective().getId(), "task \"" + task.getTitle() + "\"", asker.username(),
                    "asked " + owner + " for an update"));
            return request.getId();
        });
    }

    /** The task's requests, newest first, as the user may read the task; another agency's task is "not found". */
    public List<RequestRow> onTask(long taskId) {
        return queries.readAsAllowed(() -> {
            queries.find(taskId);
            Map<String, String> names = queries.directoryNames();
            return requests.findByTask(taskId).stream().map(request -> {
                TaskProgressUpdate answer = request.getAnsweredBy();
                return new RequestRow(request.getId(), request.getRequestedBy(),
                        names.getOrDefault(request.getRequestedBy(), request.getRequestedBy()),
                        request.getRequestedAt(), request.getMessage(), request.getAnsweredAt(),
                        answer == null ? null : names.getOrDefault(answer.getAuthor(), answer.getAuthor()),
                        answer == null ? null : answer.getReportedOn(), answer == null ? null : answer.getNarrative());
            }).toList();
        });
    }

    /**
     * The signed-in person's open requests across the tasks they may read: those asked of them (as the owner)
     * and those they asked, oldest first, with everyone's display names.
     */
    public MyOpenRequests mine() {
        String me = currentUser.require().username();
        return queries.readAsAllowed(() -> {
            List<OpenUpdateRequest> open = requests.findOpenInvolving(me);
            return new MyOpenRequests(open.stream().filter(request -> request.owner().equals(me)).toList(),
                    open.stream().filter(request -> request.requestedBy().equals(me)).toList(),
                    queries.directoryNames());
        });
    }

    /** A person's open requests: asked of them, asked by them; {@code names} gives usernames' display names. */
    public record MyOpenRequests(List<OpenUpdateRequest> askedOfMe, List<OpenUpdateRequest> askedByMe,
            Map<String, String> names) {

        public String nameOf(String username) {
            return names.getOrDefault(username, username);
        }
    }

    /** Marks every open request on the task answered by the update (in the transaction that adds it). */
    void answerAll(Task task, TaskProgressUpdate update) {
        Instant now = clock.instant();
        requests.findByTaskIdAndAnsweredAtIsNull(task.getId()).forEach(request -> request.answer(update, now));
    }
}
