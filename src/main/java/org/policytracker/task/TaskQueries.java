package org.policytracker.task;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.policytracker.export.SpreadsheetSafeCsv;
import org.policytracker.ui.Labels;
import org.policytracker.ui.Timestamps;
import org.policytracker.security.AppUser;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.People;
import org.policytracker.security.Role;
import org.policytracker.task.repository.TaskRepository;
import org.policytracker.tenant.CrossTenantReader;
import org.policytracker.tenant.Tenant;
import org.policytracker.tenant.TenantService;
import org.policytracker.timeliness.Timeliness;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an agency's task workspace reads: its tasks listed and filtered, one task, the people who
 * may own a task. Every read goes through the tenant-filtered repository, so another agency's task
 * is "not found"; only {@link #details} and {@link #readAsAllowed} let oversight read every agency's.
 */
@Service
public class TaskQueries {

    private final TaskRepository tasks;
    private final People people;
    private final TenantService tenants;
    private final CurrentUser currentUser;
    private final CrossTenantReader crossTenant;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Timeliness timeliness;

    TaskQueries(TaskRepository tasks, People people, TenantService tenants, CurrentUser currentUser,
            CrossTenantReader crossTenant, PlatformTransactionManager transactions, Clock clock,
            Timeliness timeliness) {
        this.tasks = tasks;
        this.people = people;
        this.tenants = tenants;
        this.currentUser = currentUser;
        this.crossTenant = crossTenant;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.timeliness = timeliness;
    }

    /** A program manager of the user's agency who can own a task. */
    public record Owner(String username, String displayName) {
    }

    /** A task with everything its pages show; the owner is named from the whole directory. */
    public record TaskDetails(TaskRow row, String agencyName, TaskSnapshot values, List<TaskMilestone> milestones,
            List<TaskEvidenceLink> evidence, List<TaskProgressUpdate> progressUpdates) {
    }

    /** Every task of the user's agency that matches, in the list's first order (due date, then title). */
    @Transactional(readOnly = true)
    public List<TaskRow> myTasks(TaskFilter filter) {
        Map<String, String> names = ownerNames();
        return tasks.findAll(matching(filter).and(orderedBy(Sort.unsorted(), names))).stream()
                .map(task -> row(task, names)).toList();
    }

    /**
     * One page of the task list, ordered in SQL by the page's sort: {@link #SORTABLE} names the columns
     * it can sort by; with none, by due date (undated last) and title. The row id breaks ties, so pages
     * neither repeat nor skip a task.
     */
    @Transactional(readOnly = true)
    public List<TaskRow> myTasks(TaskFilter filter, Pageable page) {
        page.getSort().filter(order -> !SORTABLE.contains(order.getProperty())).forEach(order -> {
            throw new IllegalArgumentException("Tasks cannot be sorted by " + order.getProperty() + "; sortable: "
                    + SORTABLE);
        });
        Map<String, String> names = ownerNames();
        return tasks.findAll(matching(filter).and(orderedBy(page.getSort(), names)),
                        PageRequest.of(page.getPageNumber(), page.getPageSize()))
                .stream().map(task -> row(task, names)).toList();
    }

    /** How many tasks match, and how many of them are overdue and stale: the list's summary line. */
    @Transactional(readOnly = true)
    public TaskCounts countMyTasks(TaskFilter filter) {
        return new TaskCounts(tasks.count(matching(filter)), tasks.count(matching(filter.withOverdueOnly(true))),
                tasks.count(matching(filter.withStaleOnly(true))));
    }

    /** The task list's summary: matching tasks, of which overdue and stale. */
    public record TaskCounts(long tasks, long overdue, long stale) {
    }

    /** The properties a task list can be sorted by (the grid's sort properties). */
    public static final Set<String> SORTABLE = Set.of("directive", "title", "status", "percentComplete", "dueOn",
            "lastActivityAt", "owner");

    @Transactional(readOnly = true)
    public List<Owner> possibleOwners() {
        return people.ofTenant(currentUser.require().tenantId()).stream()
                .filter(user -> user.isActive() && user.getRoles().contains(Role.PROGRAM_MANAGER))
                .map(user -> new Owner(user.getUsername(), user.getDisplayName())).toList();
    }

    @Transactional(readOnly = true)
    public TaskSnapshot open(long id) {
        return TaskSnapshot.of(find(id));
    }

    /**
     * A task for its read-only page: a program manager's own agency's task, or, for oversight viewers
     * and administrators, any agency's (see {@link #readAsAllowed}); else "not found".
     */
    public TaskDetails details(long id) {
        return readAsAllowed(() -> detailsOf(find(id)));
    }

    /** A task of the user's own agency, for its editor, with what the editor shows; else "not found". */
    @Transactional(readOnly = true)
    public TaskDetails detailsToEdit(long id) {
        return detailsOf(find(id));
    }

    private TaskDetails detailsOf(Task task) {
        return new TaskDetails(row(task, directoryNames()),
                tenants.find(task.getTenantId()).map(Tenant::getName).orElse(task.getTenantId()),
                TaskSnapshot.of(task), List.copyOf(task.getMilestones()), List.copyOf(task.getEvidenceLinks()),
                List.copyOf(task.getProgressUpdates()));
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

    /**
     * The due dates of the open tasks the person owns, among the tasks of the tenant in scope (the caller
     * sets the person's tenant: a calendar feed is read without a session).
     */
    @Transactional(readOnly = true)
    public List<TaskDeadline> openDeadlinesOwnedBy(String username) {
        Set<TaskStatus> open = EnumSet.complementOf(EnumSet.of(TaskStatus.DONE));
        return tasks.findAll(matching(TaskFilter.NONE.withOwner(username).withStatuses(open))).stream()
                .filter(task -> task.getDueOn() != null)
                .sorted(Comparator.comparing(Task::getDueOn).thenComparing(Task::getId))
                .map(task -> new TaskDeadline(task.getId(), task.getTitle(), task.getDirective().getOrder().getCode(),
                        task.getDirective().getCode(), task.getDueOn())).toList();
    }

    /**
     * Open tasks with an owner, in the caller's tenant scope: a system job (the reminders) calls it inside
     * {@code TenantTransactions.readAcrossTenants} to see every agency's.
     */
    @Transactional(readOnly = true)
    public List<OpenTask> openTasksWithOwner() {
        return tasks.findOpenWithOwner();
    }

    /** The rows of the current grid as spreadsheet-safe CSV, in the words and date formats of the pages. */
    @Transactional(readOnly = true)
    public byte[] exportCsv(TaskFilter filter) {
        List<String> header = List.of("Order", "Directive", "Task", "Status", "Percent complete", "Due",
                "Owner", "Overdue", "Stale", "Last activity");
        List<List<?>> rows = myTasks(filter).stream().map(row -> List.<Object>of(row.orderCode(),
                row.directiveCode(), row.title(), Labels.of(row.status()), row.percentComplete(),
                row.dueOn() == null ? "" : row.dueOn(), row.ownerName(), row.overdue() ? "yes" : "no",
                row.stale() ? "yes" : "no", Timestamps.format(row.lastActivityAt()))).collect(Collectors.toList());
        return SpreadsheetSafeCsv.write(header, rows);
    }

    /** Today by the application's clock: the date every "overdue", "stale" and default date is counted from. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    Task find(long id) {
        return tasks.findById(id).orElseThrow(() -> new TaskNotFoundException(id));
    }

    Set<String> ownerUsernames() {
        return possibleOwners().stream().map(Owner::username).collect(Collectors.toSet());
    }

    /** Display names of everyone in the directory, by username. */
    Map<String, String> directoryNames() {
        return people.everyone().stream().collect(Collectors.toMap(AppUser::getUsername, AppUser::getDisplayName));
    }

    private Map<String, String> ownerNames() {
        return people.ofTenant(currentUser.require().tenantId()).stream()
                .collect(Collectors.toMap(AppUser::getUsername, AppUser::getDisplayName));
    }

    TaskRow row(Task task, Map<String, String> ownerNames) {
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

    /**
     * Orders a listing (not its count): status in its workflow order, owners by display name, and by
     * default due date with undated tasks last, then title; the id last of all.
     */
    private static Specification<Task> orderedBy(Sort sort, Map<String, String> ownerNames) {
        return (root, query, cb) -> {
            if (query.getResultType() == Long.class) {
                return null;
            }
            List<Order> orders = new ArrayList<>();
            for (Sort.Order order : sort) {
                Expression<?> by = switch (order.getProperty()) {
                    case "directive" -> root.get("directive").get("code");
                    case "status" -> {
                        CriteriaBuilder.Case<Integer> rank = cb.selectCase();
                        for (TaskStatus status : TaskStatus.values()) {
                            rank = rank.when(cb.equal(root.get("status"), status), status.ordinal());
                        }
                        yield rank.otherwise(TaskStatus.values().length);
                    }
                    case "owner" -> {
                        CriteriaBuilder.Case<String> name = cb.selectCase();
                        for (Map.Entry<String, String> owner : ownerNames.entrySet()) {
                            name = name.when(cb.equal(root.get("ownerUsername"), owner.getKey()), owner.getValue());
                        }
                        yield name.otherwise(cb.coalesce(root.<String>get("ownerUsername"), ""));
                    }
                    default -> root.get(order.getProperty()); // title, percentComplete, dueOn, lastActivityAt
                };
                orders.add(order.isAscending() ? cb.asc(by) : cb.desc(by));
            }
            if (orders.isEmpty()) {
                orders.add(cb.asc(cb.selectCase().when(cb.isNull(root.get("dueOn")), 1).otherwise(0)));
                orders.add(cb.asc(root.get("dueOn")));
                orders.add(cb.asc(root.get("title")));
            }
            orders.add(cb.asc(root.get("id")));
            query.orderBy(orders);
            return null;
        };
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
}
