package org.policytracker.task;

import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.policytracker.audit.Actor;
import org.policytracker.collab.ItemChanged;
import org.policytracker.collab.ItemRef;
import org.policytracker.export.SpreadsheetSafeCsv;
import org.policytracker.order.DirectiveRepository;
import org.policytracker.security.AppUser;
import org.policytracker.security.AppUserRepository;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.Role;
import org.policytracker.tenant.CrossTenantReader;
import org.policytracker.tenant.Tenant;
import org.policytracker.tenant.TenantService;
import org.policytracker.timeliness.Timeliness;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The task workspace of an agency: its program managers list, filter, edit and bulk-update their
 * own agency's tasks. Every read and write goes through the tenant-filtered repository, so another
 * agency's task is "not found"; only program managers write.
 */
@Service
public class TaskService {

    private final TaskRepository tasks;
    private final DirectiveRepository directives;
    private final AppUserRepository users;
    private final TenantService tenants;
    private final CurrentUser currentUser;
    private final CrossTenantReader crossTenant;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher changes;
    private final Clock clock;
    private final Timeliness timeliness;

    TaskService(TaskRepository tasks, DirectiveRepository directives, AppUserRepository users, TenantService tenants,
            CurrentUser currentUser, CrossTenantReader crossTenant, PlatformTransactionManager transactions,
            ApplicationEventPublisher changes, Clock clock, Timeliness timeliness) {
        this.tasks = tasks;
        this.directives = directives;
        this.users = users;
        this.tenants = tenants;
        this.currentUser = currentUser;
        this.crossTenant = crossTenant;
        this.transaction = new TransactionTemplate(transactions);
        this.changes = changes;
        this.clock = clock;
        this.timeliness = timeliness;
    }

    /** A program manager of the user's agency who can own a task. */
    public record Owner(String username, String displayName) {
    }

    /** How one agency progresses on a directive: task counts by status and mean percent complete. */
    public record AgencyProgress(String agencyId, String agencyName, Map<TaskStatus, Long> countByStatus,
            long taskCount, double meanPercent) {
    }

    /** What a bulk update sets on every selected task; null leaves that value as it is. */
    public record BulkChange(TaskStatus status, String statusReason, String ownerUsername, LocalDate dueOn) {
    }

    @Transactional(readOnly = true)
    public List<TaskRow> myTasks(TaskFilter filter) {
        Map<String, String> names = ownerNames();
        return tasks.findAll(matching(filter)).stream()
                .sorted(Comparator.comparing(Task::getDueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Task::getTitle))
                .map(task -> row(task, names)).toList();
    }

    @Transactional(readOnly = true)
    public List<Owner> possibleOwners() {
        return users.findByTenantIdOrderByDisplayName(currentUser.require().tenantId()).stream()
                .filter(user -> user.getRoles().contains(Role.PROGRAM_MANAGER))
                .map(user -> new Owner(user.getUsername(), user.getDisplayName())).toList();
    }

    @Transactional(readOnly = true)
    public TaskSnapshot open(long id) {
        return TaskSnapshot.of(find(id));
    }

    /** The directive a task serves, for the editor's heading. */
    @Transactional(readOnly = true)
    public TaskRow row(long id) {
        return row(find(id), ownerNames());
    }

    /** A task with everything its read-only page shows; the owner is named from the whole directory. */
    public record TaskDetails(TaskRow row, String agencyName, TaskSnapshot values, List<TaskMilestone> milestones,
            List<TaskEvidenceLink> evidence, List<TaskProgressUpdate> progressUpdates) {
    }

    /**
     * A task for its read-only page: a program manager's own agency's task, or, for oversight
     * viewers and administrators, any agency's (see {@link #readAsAllowed}); else "not found".
     */
    public TaskDetails details(long id) {
        return readAsAllowed(() -> {
            Task task = find(id);
            return new TaskDetails(row(task, directoryNames()),
                    tenants.find(task.getTenantId()).map(Tenant::getName).orElse(task.getTenantId()),
                    TaskSnapshot.of(task), List.copyOf(task.getMilestones()), List.copyOf(task.getEvidenceLinks()),
                    List.copyOf(task.getProgressUpdates()));
        });
    }

    /**
     * Runs a read of task data as the user may see it: their own agency's tasks, or, for oversight
     * viewers and administrators, every agency's, read-only, through the cross-tenant reader.
     */
    public <T> T readAsAllowed(Supplier<T> read) {
        if (currentUser.readsAcrossTenants()) {
            return crossTenant.read(read);
        }
        return transaction.execute(status -> read.get());
    }

    @Transactional(readOnly = true)
    public Task withDetails(long id) {
        Task task = find(id);
        task.getMilestones().size();
        task.getEvidenceLinks().size();
        task.getProgressUpdates().size();
        return task;
    }

    /** Creates a task of the user's agency on a directive. */
    @Transactional
    public long create(long directiveId, String title, LocalDate dueOn) {
        requireProgramManager();
        if (title == null || title.isBlank()) {
            throw new TaskValidationException(Map.of(TaskRules.TITLE, "Give the task a title"));
        }
        var directive = directives.findById(directiveId)
                .orElseThrow(() -> new IllegalArgumentException("No directive " + directiveId));
        Task task = new Task(directive, title.strip(), null, clock.instant());
        task.setSchedule(null, dueOn);
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
            return transaction.execute(status -> {
                Task task = find(opened.id());
                if (task.getVersion() != opened.version()) {
                    throw new TaskConflictException(opened, TaskSnapshot.of(task));
                }
                task.apply(validated(edit), clock.instant());
                TaskSnapshot saved = TaskSnapshot.of(tasks.saveAndFlush(task));
                announce(task, "changed " + describe(opened.changesTo(saved)));
                return saved;
            });
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new TaskConflictException(opened, open(opened.id()));
        }
    }

    /** Applies one change to every selected task in one transaction: all are saved, or none. */
    public int bulkUpdate(Collection<Long> ids, BulkChange change) {
        requireProgramManager();
        try {
            return transaction.execute(status -> applyToAll(ids, change));
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new TaskValidationException(Map.of("bulk",
                    "Someone saved one of these tasks at the same moment; nothing was changed. Try again."));
        }
    }

    private int applyToAll(Collection<Long> ids, BulkChange change) {
        Map<String, String> problems = new LinkedHashMap<>();
        Set<String> owners = ownerUsernames();
        List<Task> selected = ids.stream().map(this::find).toList();
        for (Task task : selected) {
            TaskEdit current = TaskSnapshot.of(task).toEdit();
            TaskEdit changed = new TaskEdit(current.title(), current.description(),
                    change.ownerUsername() != null ? change.ownerUsername() : current.ownerUsername(),
                    change.status() != null ? change.status() : current.status(), current.percentComplete(),
                    current.startOn(), change.dueOn() != null ? change.dueOn() : current.dueOn(),
                    current.completedOn(), change.statusReason() != null && !change.statusReason().isBlank()
                            ? change.statusReason() : current.statusReason());
            TaskEdit normalised = TaskRules.normalise(changed, today());
            Map<String, String> errors = TaskRules.check(normalised, owners, today());
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

    public TaskSnapshot addProgressUpdate(TaskSnapshot opened, LocalDate reportedOn, String narrative) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (narrative == null || narrative.isBlank()) {
            errors.put("narrative", "Write what happened since the last update");
        }
        if (reportedOn == null || reportedOn.isAfter(today())) {
            errors.put("reportedOn", "The update's date must be today or earlier");
        }
        return append(opened, errors, "posted a progress update",
                task -> task.addProgressUpdate(reportedOn, narrative.strip(), Actor.current(), clock.instant()));
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
            // read after the commit, which is when the forced version increment is written
            return appended.asOpened() ? TaskSnapshot.of(appended.task()) : opened;
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new TaskConflictException(opened, open(opened.id()));
        }
    }

    /** The rows of the current grid as spreadsheet-safe CSV. */
    @Transactional(readOnly = true)
    public byte[] exportCsv(TaskFilter filter) {
        List<String> header = List.of("Order", "Directive", "Task", "Status", "Percent complete", "Due",
                "Owner", "Overdue", "Stale", "Last activity");
        List<List<?>> rows = myTasks(filter).stream().map(row -> List.<Object>of(row.orderCode(),
                row.directiveCode(), row.title(), row.status(), row.percentComplete(),
                row.dueOn() == null ? "" : row.dueOn(), row.ownerName(), row.overdue() ? "yes" : "no",
                row.stale() ? "yes" : "no", row.lastActivityAt())).collect(Collectors.toList());
        return SpreadsheetSafeCsv.write(header, rows);
    }

    /**
     * Every agency's progress on a directive, as aggregates only (counts and means, never task
     * rows), so agencies see each other's pace without seeing each other's records.
     */
    public List<AgencyProgress> progressByAgency(long directiveId) {
        List<Object[]> groups = crossTenant.aggregate(() -> tasks.progressByAgencyAndStatus(directiveId));
        Map<String, String> agencyNames = tenants.all().stream()
                .collect(Collectors.toMap(Tenant::getId, Tenant::getName));
        Map<String, List<Object[]>> byAgency = groups.stream()
                .collect(Collectors.groupingBy(group -> (String) group[0], LinkedHashMap::new, Collectors.toList()));
        List<AgencyProgress> progress = new ArrayList<>();
        byAgency.forEach((agency, rows) -> {
            Map<TaskStatus, Long> counts = new EnumMap<>(TaskStatus.class);
            long total = 0;
            long percentSum = 0;
            for (Object[] row : rows) {
                long count = ((Number) row[2]).longValue();
                counts.put((TaskStatus) row[1], count);
                total += count;
                percentSum += ((Number) row[3]).longValue();
            }
            progress.add(new AgencyProgress(agency, agencyNames.getOrDefault(agency, agency), counts, total,
                    total == 0 ? 0 : (double) percentSum / total));
        });
        progress.sort(Comparator.comparing(AgencyProgress::agencyName));
        return progress;
    }

    /**
     * The tasks of a directive that the user may see row by row: their own agency's, or, for
     * oversight viewers and administrators, every agency's (read-only).
     */
    public List<TaskRow> tasksOfDirective(long directiveId) {
        return readAsAllowed(() -> {
            Map<String, String> names = directoryNames();
            return tasks.findByDirectiveForListing(directiveId).stream().map(task -> row(task, names)).toList();
        });
    }

    /** Display names of everyone in the directory, by username. */
    private Map<String, String> directoryNames() {
        return users.findAll().stream().collect(Collectors.toMap(AppUser::getUsername, AppUser::getDisplayName));
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

    Task find(long id) {
        return tasks.findById(id).orElseThrow(() -> new TaskNotFoundException(id));
    }

    private TaskEdit validated(TaskEdit edit) {
        TaskEdit normalised = TaskRules.normalise(edit, today());
        Map<String, String> errors = TaskRules.check(normalised, ownerUsernames(), today());
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

    private Set<String> ownerUsernames() {
        return possibleOwners().stream().map(Owner::username).collect(Collectors.toSet());
    }

    private Map<String, String> ownerNames() {
        return users.findByTenantIdOrderByDisplayName(currentUser.require().tenantId()).stream()
                .collect(Collectors.toMap(AppUser::getUsername, AppUser::getDisplayName));
    }

    private TaskRow row(Task task, Map<String, String> ownerNames) {
        LocalDate today = today();
        boolean open = task.getStatus() != TaskStatus.DONE;
        var directive = task.getDirective();
        return new TaskRow(task.getId(), task.getTenantId(), directive.getId(), directive.getOrder().getCode(),
                directive.getCode(), directive.getTitle(), task.getTitle(), task.getStatus(),
                task.getPercentComplete(), task.getDueOn(), task.getOwnerUsername(),
                task.getOwnerUsername() == null ? "" : ownerNames.getOrDefault(task.getOwnerUsername(),
                        task.getOwnerUsername()),
                task.getLastActivityAt(), Timeliness.isOverdue(open, task.getDueOn(), today),
                timeliness.isStale(open, task.getLastActivityAt(), clock.instant()));
    }

    private Specification<Task> matching(TaskFilter filter) {
        LocalDate today = today();
        Instant staleBefore = timeliness.staleBefore(clock.instant());
        return (root, query, cb) -> {
            if (query.getResultType() != Long.class) {
                root.fetch("directive", JoinType.INNER).fetch("order", JoinType.INNER);
            }
            List<Predicate> where = new ArrayList<>();
            if (filter.directiveId() != null) {
                where.add(cb.equal(root.get("directive").get("id"), filter.directiveId()));
            }
            if (!filter.statuses().isEmpty()) {
                where.add(root.get("status").in(filter.statuses()));
            }
            if (filter.ownerUsername() != null) {
                where.add(cb.equal(root.get("ownerUsername"), filter.ownerUsername()));
            }
            if (filter.dueFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("dueOn"), filter.dueFrom()));
            }
            if (filter.dueTo() != null) {
                where.add(cb.lessThanOrEqualTo(root.get("dueOn"), filter.dueTo()));
            }
            // Timeliness.isOverdue and isStale, as criteria
            if (filter.overdueOnly()) {
                where.add(cb.notEqual(root.get("status"), TaskStatus.DONE));
                where.add(cb.lessThan(root.get("dueOn"), today));
            }
            if (filter.staleOnly()) {
                where.add(cb.notEqual(root.get("status"), TaskStatus.DONE));
                where.add(cb.lessThan(root.get("lastActivityAt"), staleBefore));
            }
            if (filter.text() != null) {
                String pattern = "%" + filter.text().toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("title")), pattern, '\\'),
                        cb.like(cb.lower(root.get("description")), pattern, '\\')));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** Today by the application's clock: the date every "overdue", "stale" and default date is counted from. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
