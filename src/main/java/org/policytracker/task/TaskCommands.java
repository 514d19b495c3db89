package org.policytracker.task;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.policytracker.audit.Actor;
import org.policytracker.collab.ItemChanged;
import org.policytracker.collab.ItemRef;
import org.policytracker.order.OrderService;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.Role;
import org.policytracker.task.repository.TaskRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What program managers change in their agency's task workspace: they create, edit and bulk-update
 * their own agency's tasks and append progress updates, evidence and milestones. Only program
 * managers write; a save over someone else's newer save is refused, never silently overwritten.
 * Each change is announced as an {@link ItemChanged} once its transaction commits.
 */
@Service
public class TaskCommands {

    private final TaskRepository tasks;
    private final TaskQueries queries;
    private final OrderService orders;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher changes;
    private final Clock clock;
    private final TaskUpdateRequests updateRequests;
    /** Committed changes of a task (edits, each task of a bulk update, appended progress): a business metric. */
    private final Counter saves;

    TaskCommands(TaskRepository tasks, TaskQueries queries, OrderService orders, CurrentUser currentUser,
            PlatformTransactionManager transactions, ApplicationEventPublisher changes, Clock clock,
            TaskUpdateRequests updateRequests, MeterRegistry metrics) {
        this.tasks = tasks;
        this.queries = queries;
        this.orders = orders;
        this.currentUser = currentUser;
        this.transaction = new TransactionTemplate(transactions);
        this.changes = changes;
        this.clock = clock;
        this.updateRequests = updateRequests;
        this.saves = Counter.builder("policytracker.task.saves").description("Task changes committed")
                .register(metrics);
    }

    /** What a bulk update sets on every selected task; null leaves that value as it is. */
    public record BulkChange(TaskStatus status, String statusReason, String ownerUsername, LocalDate dueOn) {
    }

    /** Creates a task of the user's agency on a directive, owned by {@code ownerUsername} (none if null). */
    @Transactional
    public long create(long directiveId, String title, LocalDate dueOn, String ownerUsername) {
        requireProgramManager();
        if (title == null || title.isBlank()) {
            throw new TaskValidationException(Map.of(TaskRules.TITLE, "Give the task a title"));
        }
        if (ownerUsername != null && !queries.ownerUsernames().contains(ownerUsername)) {
            throw new TaskValidationException(Map.of(TaskRules.OWNER, TaskRules.OWNER_NOT_OF_AGENCY));
        }
        var directive = orders.findDirective(directiveId)
                .orElseThrow(() -> new IllegalArgumentException("No directive " + directiveId));
        if (directive.isRetired()) {
            throw new TaskValidationException(Map.of(TaskRules.DIRECTIVE, "Directive " + directive.getCode()
                    + " is retired: it takes no new tasks. Choose a directive in force."));
        }
        Task task = new Task(directive, title.strip(), null, clock.instant());
        task.setSchedule(null, dueOn);
        task.setOwnerUsername(ownerUsername);
        tasks.saveAndFlush(task);
        announce(task, "created the task \"" + task.getTitle() + "\"");
        return task.getId();
    }

    /**
     * Saves an edit of the task the user opened as {@code opened}. Refused with
     * {@link TaskConflictException} when anyone saved the task since (no silent overwrite), and
     * with {@link TaskValidationException} when a rule is broken.
     */
    public TaskSnapshot save(TaskSnapshot opened, TaskEdit edit) {
        requireProgramManager();
        try {
            TaskSnapshot committed = transaction.execute(status -> {
                Task task = queries.find(opened.id());
                if (task.getVersion() != opened.version()) {
                    throw new TaskConflictException(opened, TaskSnapshot.of(task));
                }
                task.apply(validated(edit), clock.instant());
                TaskSnapshot saved = TaskSnapshot.of(tasks.saveAndFlush(task));
                announce(task, "changed " + describe(opened.changesTo(saved)));
                return saved;
            });
            saves.increment();
            return committed;
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new TaskConflictException(opened, queries.open(opened.id()));
        }
    }

    /** Applies one change to every selected task in one transaction: all are saved, or none. */
    public int bulkUpdate(Collection<Long> ids, BulkChange change) {
        requireProgramManager();
        try {
            int changed = transaction.execute(status -> applyToAll(ids, change));
            saves.increment(changed);
            return changed;
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new TaskValidationException(Map.of("bulk",
                    "Someone saved one of these tasks at the same moment; nothing was changed. Try again."));
        }
    }

    private int applyToAll(Collection<Long> ids, BulkChange change) {
        Map<String, String> problems = new LinkedHashMap<>();
        Set<String> owners = queries.ownerUsernames();
        List<Task> selected = ids.stream().map(queries::find).toList();
        for (Task task : selected) {
            TaskEdit current = TaskSnapshot.of(task).toEdit();
            TaskEdit changed = new TaskEdit(current.title(), current.description(),
                    change.ownerUsername() != null ? change.ownerUsername() : current.ownerUsername(),
                    change.status() != null ? change.status() : current.status(), current.percentComplete(),
                    current.startOn(), change.dueOn() != null ? change.dueOn() : current.dueOn(),
                    current.completedOn(), change.statusReason() != null && !change.statusReason().isBlank()
                            ? change.statusReason() : current.statusReason());
            TaskEdit normalised = TaskRules.normalise(changed, queries.today());
            Map<String, String> errors = TaskRules.check(normalised, owners, queries.today());
            if (errors.isEmpty()) {
                TaskSnapshot before = TaskSnapshot.of(task);
                task.apply(normalised, clock.instant());
                announce(task, "changed in a bulk update " + describe(before.changesTo(TaskSnapshot.of(task))));
            } else {
                problems.put("task-" + task.getId(), "\"" + task.getTitle() + "\": " + String.join("; ", errors.values()));
            }
        }
        if (!problems.isEmpty()) {
            throw new TaskValidationException(problems);
        }
        tasks.flush();
        return selected.size();
    }

    /*
     * Progress updates, evidence and milestones are appended to a task, never overwritten, so they
     * need no conflict check of their own. Each returns the snapshot the editor should now compare
     * saves against: the new one if the task was as the user opened it, else the old one, so that
     * a later save of the form still detects the other person's change.
     */

    /** Appends a dated progress update; it answers every open update request on the task. */
    public TaskSnapshot addProgressUpdate(TaskSnapshot opened, LocalDate reportedOn, String narrative) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (narrative == null || narrative.isBlank()) {
            errors.put("narrative", "Write what happened since the last update");
        }
        if (reportedOn == null || reportedOn.isAfter(queries.today())) {
            errors.put("reportedOn", "The update's date must be today or earlier");
        }
        return append(opened, errors, "posted a progress update",
                task -> updateRequests.answerAll(task,
                        task.addProgressUpdate(reportedOn, narrative.strip(), Actor.current(), clock.instant())));
    }

    public TaskSnapshot addEvidenceLink(TaskSnapshot opened, String label, String url) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (label == null || label.isBlank()) {
            errors.put("label", "Name the evidence (e.g. \"CISA guidance memo\")");
        }
        if (url == null || !url.strip().matches("(?i)https?://\\S+") || url.length() > 2000) {
            errors.put("url", "Enter a web address starting with https:// or http://");
        }
        return append(opened, errors, "added evidence \"" + label + "\"",
                task -> task.addEvidenceLink(label.strip(), url.strip(), Actor.current(), clock.instant()));
    }

    public TaskSnapshot addMilestone(TaskSnapshot opened, String title, LocalDate dueOn) {
        Map<String, String> errors = title == null || title.isBlank()
                ? Map.of("milestoneTitle", "Give the milestone a title") : Map.of();
        return append(opened, errors, "added the milestone \"" + title + "\"",
                task -> task.addMilestone(title.strip(), dueOn, false));
    }

    public TaskSnapshot setMilestoneDone(TaskSnapshot opened, long milestoneId, boolean done) {
        return append(opened, Map.of(), done ? "marked a milestone done" : "reopened a milestone",
                task -> task.getMilestones().stream()
                .filter(milestone -> milestone.getId() == milestoneId).findFirst()
                .orElseThrow(() -> new TaskNotFoundException(opened.id())).setDone(done));
    }

    private record Appended(Task task, boolean asOpened) {
    }

    private TaskSnapshot append(TaskSnapshot opened, Map<String, String> errors, String summary,
            Consumer<Task> change) {
        requireProgramManager();
        if (!errors.isEmpty()) {
            throw new TaskValidationException(errors);
        }
        try {
            Appended appended = transaction.execute(status -> {
                Task task = tasks.findForAppend(opened.id()).orElseThrow(() -> new TaskNotFoundException(opened.id()));
                boolean asOpened = task.getVersion() == opened.version();
                change.accept(task);
                task.recordActivity(clock.instant());
                tasks.saveAndFlush(task);
                announce(task, summary);
                return new Appended(task, asOpened);
            });
            saves.increment();
            // read after the commit, which is when the forced version increment is written
            return appended.asOpened() ? TaskSnapshot.of(appended.task()) : opened;
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new TaskConflictException(opened, queries.open(opened.id()));
        }
    }

    /** Tells listeners (activity feed, other users' open views) once the transaction commits. */
    private void announce(Task task, String summary) {
        changes.publishEvent(new ItemChanged(ItemRef.task(task.getId()), task.getTenantId(),
                task.getDirective().getId(), "task \"" + task.getTitle() + "\"", Actor.current(), summary));
    }

    private static String describe(List<TaskSnapshot.FieldChange> fieldChanges) {
        if (fieldChanges.isEmpty()) {
            return "nothing (saved unchanged)";
        }
        return fieldChanges.stream().map(change -> change.field() + " \"" + change.before() + "\" → \""
                + change.after() + "\"").collect(Collectors.joining(", "));
    }

    private TaskEdit validated(TaskEdit edit) {
        TaskEdit normalised = TaskRules.normalise(edit, queries.today());
        Map<String, String> errors = TaskRules.check(normalised, queries.ownerUsernames(), queries.today());
        if (!errors.isEmpty()) {
            throw new TaskValidationException(errors);
        }
        return normalised;
    }

    private void requireProgramManager() {
        if (!currentUser.hasAnyRole(Role.PROGRAM_MANAGER)) {
            throw new AccessDeniedException("Only program managers of the owning agency change tasks");
        }
    }
}
