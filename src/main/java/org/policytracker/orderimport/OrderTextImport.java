package org.policytracker.orderimport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.policytracker.admin.ImportPreview;
import org.policytracker.admin.ImportPreview.Outcome;
import org.policytracker.admin.OrderConfiguration;
import org.policytracker.admin.OrderConfigurationDocument;
import org.policytracker.admin.OrderConfigurationDocument.DirectiveEntry;
import org.policytracker.admin.OrderConfigurationDocument.OrderEntry;
import org.policytracker.admin.OrderConfigurationDocument.SourceEntry;
import org.policytracker.admin.OrderConfigurationDocument.VersionEntry;
import org.policytracker.audit.Actor;
import org.policytracker.collab.ItemRef;
import org.policytracker.collab.NotificationService;
import org.policytracker.order.Basis;
import org.policytracker.order.Directive;
import org.policytracker.order.DirectiveKind;
import org.policytracker.order.ExecutiveOrder;
import org.policytracker.order.OrderAdministration;
import org.policytracker.order.OrderDefinitions;
import org.policytracker.order.OrderStatus;
import org.policytracker.order.Priority;
import org.policytracker.order.VersionBasis;
import org.policytracker.orderimport.RequirementFinder.Findings;
import org.policytracker.orderimport.VersionComparison.Change;
import org.policytracker.orderimport.VersionComparison.ChangeKind;
import org.policytracker.orderimport.VersionComparison.CurrentDirective;
import org.policytracker.orderimport.query.OrderTextVersions;
import org.policytracker.orderimport.query.OrderTextVersions.DirectiveChange;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.Role;
import org.policytracker.task.DirectiveChangeFlags;
import org.policytracker.task.DirectiveProgress;
import org.policytracker.task.TaskRow;
import org.policytracker.tenant.OrganisationAdministration;
import org.policytracker.tenant.OrganisationAdministration.OrganisationInput;
import org.policytracker.tenant.Tenant;
import org.policytracker.tenant.TenantKind;
import org.policytracker.tenant.TenantService;
import org.policytracker.tenant.TenantTransactions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An order from its text: the finder's proposals over the configured agencies ({@link #propose}), and
 * the import of what the administrator accepted ({@link #confirm}): the actors they mapped saved as
 * the organisations' aliases, and the order with its directives written through
 * {@link OrderConfiguration} (its schema and database checks, its administration history), all in one
 * transaction or nothing. A new version of an existing order's text is compared with its directives
 * ({@link #compare}); each version's text is kept.
 */
@Service
public class OrderTextImport {

    /** The longest notification message collab keeps. */
    private static final int MAX_NOTIFICATION = 500;

    private final TenantService tenants;
    private final OrganisationAdministration organisations;
    private final OrderConfiguration configuration;
    private final CurrentUser currentUser;
    private final OrderDefinitions orders;
    private final DirectiveProgress progress;
    private final OrderTextVersions textVersions;
    private final Clock clock;
    private final NotificationService notifications;
    private final TenantTransactions tenantTransactions;
    private final DirectiveChangeFlags directiveChanges;
    private final OrderAdministration administration;

    OrderTextImport(TenantService tenants, OrganisationAdministration organisations, OrderConfiguration configuration,
            CurrentUser currentUser, OrderDefinitions orders, DirectiveProgress progress, OrderTextVersions textVersions,
            Clock clock, NotificationService notifications, TenantTransactions tenantTransactions,
            DirectiveChangeFlags directiveChanges, OrderAdministration administration) {
        this.administration = administration;
        this.directiveChanges = directiveChanges;
        this.notifications = notifications;
        this.tenantTransactions = tenantTransactions;
        this.tenants = tenants;
        this.organisations = organisations;
        this.configuration = configuration;
        this.currentUser = currentUser;
        this.orders = orders;
        this.progress = progress;
        this.textVersions = textVersions;
        this.clock = clock;
    }

    /**
     * The order as the administrator names it, and the version of its text being imported: draft, signed or
     * amended, its date, where it comes from, and the text itself (kept for the next version's comparison).
     */
    public record NewOrder(String code, String title, LocalDate signedOn, OrderTextVersion.Kind kind, String sourceTitle,
            String text, OrderTextFormat format) {
    }

    /**
     * A new version of an existing order's text against the order's directives: what the finder read,
     * what changed, the tasks on each directive that changed or went (by directive id), and the codes the
     * order's directives take (retired ones included).
     */
    public record Comparison(Findings findings, List<Change> changes, Map<Long, List<TaskRow>> affectedTasks,
            Set<String> codesInUse) {

        /** A code for a requirement added as a new directive beside the one it changes: "4.a-2", else "4.a-3", ... */
        public String freeCode(String code) {
            int next = 2;
            while (codesInUse.contains(code + "-" + next)) {
                next++;
            }
            return code + "-" + next;
        }
    }

    /** A proposal as accepted, after the administrator's edits. */
    public record AcceptedDirective(String code, String sectionRef, String title, String sentence, LocalDate deadline,
            boolean deadlineStated, String leadAgency, List<String> supportingAgencies) {
    }

    /** The proposals in the text, agencies matched against the active agencies and their aliases. */
    @Transactional(readOnly = true)
    public Findings propose(String content, OrderTextFormat format, LocalDate signedOn) {
        requireAdministrator();
        return new RequirementFinder(knownAgencies()).find(content, format, signedOn);
    }

    /** The active agencies, as the finder matches them. */
    @Transactional(readOnly = true)
    public List<KnownOrganisation> knownAgencies() {
        return tenants.all().stream().filter(t -> t.getKind() == TenantKind.AGENCY && t.isActive())
                .map(t -> new KnownOrganisation(t.getId(), t.getName(), t.getAcronym(), t.getAliases())).toList();
    }

    /** Whether an order with the code exists: then an import is a new version of it. */
    @Transactional(readOnly = true)
    public boolean exists(String orderCode) {
        return orders.order(orderCode).isPresent();
    }

    /** The versions of the order's text imported so far, oldest first. */
    @Transactional(readOnly = true)
    public List<OrderTextVersion> versions(String orderCode) {
        requireAdministrator();
        return orders.order(orderCode).map(order -> textVersions.of(order.getId())).orElse(List.of());
    }

    /**
     * A new version of the order's text compared with its directives (retired ones left out): each
     * requirement matched by section, else by wording, with the tasks each change affects. Without a
     * {@code signedOn}, deadlines count from the order's signing date.
     */
    @Transactional(readOnly = true)
    public Comparison compare(String orderCode, String content, OrderTextFormat format, LocalDate signedOn) {
        requireAdministrator();
        ExecutiveOrder order = orders.order(orderCode)
                .orElseThrow(() -> new NoSuchElementException("No order with the code " + orderCode));
        Findings findings = new RequirementFinder(knownAgencies()).find(content, format,
                signedOn != null ? signedOn : order.getSignedOn());
        List<Directive> directives = orders.directives(order);
        List<CurrentDirective> current = directives.stream().filter(d -> d.getRetiredAt() == null)
                .map(d -> new CurrentDirective(d.getId(), d.getCode(), sectionOf(d), d.getSummary() == null ? d.getTitle()
                        : d.getSummary(), d.getDeadline()))
                .toList();
        List<Change> changes = VersionComparison.compare(current, findings.directives());
        Map<Long, List<TaskRow>> affected = new LinkedHashMap<>();
        changes.stream().filter(c -> c.current() != null && c.kind() != ChangeKind.UNCHANGED)
                .forEach(c -> affected.put(c.current().id(), progress.tasksOfDirective(c.current().id())));
        return new Comparison(findings, changes, affected,
                directives.stream().map(Directive::getCode).collect(Collectors.toUnmodifiableSet()));
    }

    /** The section a directive was read from: its own reference, else the "Sec. 4(a): " its import wrote in its source. */
    private static String sectionOf(Directive directive) {
        if (directive.getSectionRef() != null) {
            return directive.getSectionRef().replaceFirst("^Sec\\.\\s*", "");
        }
        Matcher source = IMPORTED_SOURCE.matcher(directive.getSource() == null ? "" : directive.getSource());
        return source.find() ? source.group(1) : null;
    }

    private static final Pattern IMPORTED_SOURCE = Pattern.compile("^Sec\\. (\\S+): ");

    /**
     * Saves each mapped actor ("Attorney General" → doj) as an alias of its organisation, then imports the
     * order (a new one, or a new version of an existing one: its other directives are kept as they are)
     * with the accepted directives, retires the directives the administrator chose to retire (through
     * {@link OrderAdministration#retire}, audited), and keeps the version's text; all or nothing. A
     * directive whose code the order has is updated: its wording, deadline, title and agencies; its kind and
     * priority stay. Each addition, change and retirement goes into the directives' version history; the
     * tasks on a changed or retired directive are flagged, and their owners notified once it is committed.
     *
     * @param retiring codes of the order's active directives to retire; none of them may be accepted too
     * @throws org.policytracker.admin.OrderConfigurationRejectedException with every problem, if the order
     *         configuration cannot be imported (then nothing, not even an alias, is saved)
     * @throws IllegalArgumentException if a directive to retire is not an active one of the order, or is
     *         also accepted (then nothing is saved)
     */
    @Transactional
    public ImportPreview confirm(NewOrder order, List<AcceptedDirective> directives, List<String> retiring,
            Map<String, String> organisationByActor) {
        requireAdministrator();
        checkRetirements(order.code(), directives, retiring);
        organisationByActor.forEach(this::addAlias);
        String sourceTitle = order.sourceTitle() == null || order.sourceTitle().isBlank() ? "Order text" : order.sourceTitle();
        OrderStatus status = switch (order.kind()) {
            case DRAFT -> OrderStatus.DRAFT;
            case SIGNED -> OrderStatus.SIGNED;
            case AMENDED -> OrderStatus.AMENDED;
        };
        VersionEntry version = new VersionEntry(order.kind().label() + (order.signedOn() == null ? "" : " of " + order.signedOn()),
                order.signedOn(), "Imported from its text: " + sourceTitle, VersionBasis.STATED);
        boolean existing = orders.order(order.code()).isPresent();
        OrderConfigurationDocument current = existing ? configuration.export(order.code()) : null;
        OrderEntry orderEntry;
        if (current == null) {
            orderEntry = new OrderEntry(order.code(), null, order.title(), order.signedOn(), status, null,
                    List.of(new SourceEntry(sourceTitle, null, null)), List.of(version));
        } else {
            OrderEntry was = current.order();
            List<SourceEntry> sources = new ArrayList<>(was.sources());
            if (sources.stream().noneMatch(s -> s.title().equals(sourceTitle))) {
                sources.add(new SourceEntry(sourceTitle, null, null));
            }
            List<VersionEntry> versions = new ArrayList<>(was.versions());
            versions.add(version);
            orderEntry = new OrderEntry(was.code(), was.number(), order.title(),
                    order.signedOn() == null ? was.signedOn() : order.signedOn(),
                    status, was.summary(), sources, versions);
        }
        Map<String, DirectiveEntry> had = new HashMap<>();
        if (current != null) {
            current.directives().forEach(d -> had.put(d.code(), d));
        }
        List<DirectiveEntry> entries = directives.stream().map(d -> {
            DirectiveEntry before = had.get(d.code());
            // the deadline goes as the date the operator confirmed; the configuration import keeps an existing
            // "N days after signing" deadline relative when that date is the same
            return new DirectiveEntry(d.code(), d.sectionRef(), d.title(), d.sentence(),
                    before == null ? DirectiveKind.AGENCY_ACTION : before.kind(), d.leadAgency(), d.supportingAgencies(),
                    d.deadline(), null, d.deadlineStated() ? Basis.STATED : Basis.ASSUMED,
                    before == null ? Priority.MEDIUM : before.priority(),
                    (d.sectionRef() == null ? "" : "Sec. " + d.sectionRef() + ": ") + d.sentence(),
                    before == null ? null : before.retiredAt());
        }).toList();
        OrderConfigurationDocument document = new OrderConfigurationDocument(orderEntry, entries, List.of(), List.of(),
                List.of());
        ImportPreview done = configuration.apply(configuration.read(configuration.write(document)));
        ExecutiveOrder written = orders.order(order.code()).orElseThrow();
        long versionId = textVersions.add(written.getId(), order.kind(), order.signedOn(), sourceTitle,
                order.format() == null ? OrderTextFormat.PLAIN : order.format(), order.text() == null ? "" : order.text(),
                clock.instant(), Actor.current());
        List<DirectiveNotice> notices = new ArrayList<>(
                recordDirectiveChanges(written, versionId, version.label(), had, entries, done));
        for (String code : retiring) {
            notices.add(retire(written, code, versionId, version.label(), had.get(code)));
        }
        notifyOwnersAfterCommit(written, notices);
        return done;
    }

    /** Only an existing order's active directives can be retired, and none that is also accepted. */
    private void checkRetirements(String orderCode, List<AcceptedDirective> accepted, List<String> retiring) {
        if (retiring.isEmpty()) {
            return;
        }
        Set<String> active = new HashSet<>();
        orders.order(orderCode).ifPresent(o -> orders.directives(o).stream().filter(d -> d.getRetiredAt() == null)
                .forEach(d -> active.add(d.getCode())));
        for (String code : retiring) {
            if (!active.contains(code)) {
                throw new IllegalArgumentException("No active directive " + code + " in the order " + orderCode + " to retire");
            }
            if (accepted.stream().anyMatch(d -> d.code().equals(code))) {
                throw new IllegalArgumentException("Directive " + code + " cannot be both updated and retired");
            }
        }
    }

    /** Retires the directive as this version's decision: in its version history, its tasks flagged. */
    private DirectiveNotice retire(ExecutiveOrder order, String code, long versionId, String versionLabel,
            DirectiveEntry before) {
        long directiveId = administration.retire(order.getCode(), code).id();
        textVersions.addRetirement(directiveId, versionId, Objects.requireNonNullElse(before.summary(), before.title()),
                before.deadline());
        directiveChanges.flagTasksOf(directiveId, versionLabel, "retired in version " + versionLabel);
        return new DirectiveNotice(directiveId, code, "retired in the version \"" + versionLabel + "\"");
    }

    /** A directive whose tasks' owners are told what happened to it ("changed in the version ...: ..."). */
    private record DirectiveNotice(long directiveId, String code, String happened) {
    }

    /**
     * For each directive this version added or changed, what it was and what it became (its version history);
     * the tasks on a changed one are flagged with the version until their owners mark the change seen.
     *
     * @return the changed directives, whose tasks' owners are to be told
     */
    private List<DirectiveNotice> recordDirectiveChanges(ExecutiveOrder order, long versionId, String versionLabel,
            Map<String, DirectiveEntry> had,
            List<DirectiveEntry> entries, ImportPreview done) {
        List<DirectiveNotice> notices = new ArrayList<>();
        Map<String, Long> idsByCode = new HashMap<>();
        orders.directives(order).forEach(d -> idsByCode.put(d.getCode(), d.getId()));
        for (DirectiveEntry entry : entries) {
            DirectiveEntry before = had.get(entry.code());
            if (before == null || changedBy(done, order, entry.code())) {
                long directiveId = idsByCode.get(entry.code());
                textVersions.addDirectiveChange(directiveId, versionId,
                        before == null ? null : Objects.requireNonNullElse(before.summary(), before.title()),
                        entry.summary(), before == null ? null : before.deadline(), entry.deadline());
                if (before != null) {
                    directiveChanges.flagTasksOf(directiveId, versionLabel, whatChanged(before, entry));
                    notices.add(new DirectiveNotice(directiveId, entry.code(),
                            "changed in the version \"" + versionLabel + "\": " + whatChanged(before, entry)));
                }
            }
        }
        return notices;
    }

    private static boolean changedBy(ImportPreview done, ExecutiveOrder order, String code) {
        return done.items().stream().anyMatch(item -> item.subject().equals("directive")
                && item.key().equals(order.getCode() + "/" + code) && item.outcome() == Outcome.CHANGED);
    }

    /**
     * A version of an order's text known from elsewhere rather than imported here (the demo order's draft
     * and signed excerpts), with what it says of each directive it names.
     */
    public record KnownVersion(OrderTextVersion.Kind kind, LocalDate dated, String source, String text,
            List<KnownWording> directives) {
    }

    /** What a known version says of one directive: its wording and deadline (none if it states none). */
    public record KnownWording(String directiveCode, String wording, LocalDate deadline) {
    }

    /**
     * Records the known versions of an order's text, oldest first, as its version history: each text kept,
     * each directive added by the first version naming it and changed by each later one wording it or its
     * deadline differently. Changes no directive, notifies no one; does nothing for an order that has text
     * versions already (so the demo load can run at every start).
     *
     * @return whether the versions were recorded
     */
    @Transactional
    public boolean recordKnownVersions(String orderCode, List<KnownVersion> versions) {
        ExecutiveOrder order = orders.order(orderCode)
                .orElseThrow(() -> new NoSuchElementException("No order with the code " + orderCode));
        if (!textVersions.of(order.getId()).isEmpty()) {
            return false;
        }
        Map<String, Long> idsByCode = new HashMap<>();
        orders.directives(order).forEach(d -> idsByCode.put(d.getCode(), d.getId()));
        Map<String, KnownWording> previous = new HashMap<>();
        for (KnownVersion version : versions) {
            long versionId = textVersions.add(order.getId(), version.kind(), version.dated(), version.source(),
                    OrderTextFormat.PLAIN, version.text(), clock.instant(), Actor.current());
            for (KnownWording now : version.directives()) {
                Long directiveId = idsByCode.get(now.directiveCode());
                if (directiveId == null) {
                    throw new NoSuchElementException("No directive " + now.directiveCode() + " in the order " + orderCode);
                }
                KnownWording before = previous.put(now.directiveCode(), now);
                if (before == null || !before.wording().equals(now.wording())
                        || !Objects.equals(before.deadline(), now.deadline())) {
                    textVersions.addDirectiveChange(directiveId, versionId, before == null ? null : before.wording(),
                            now.wording(), before == null ? null : before.deadline(), now.deadline());
                }
            }
        }
        return true;
    }

    /** The directive's history across the versions of its order's text. */
    @Transactional(readOnly = true)
    public List<DirectiveChange> history(long directiveId) {
        return textVersions.changesOf(directiveId);
    }

    /**
     * Once the import is committed, tells the owner of every task on a directive it changed or retired what
     * happened to it; each in the task's own tenant, as an update request is.
     */
    private void notifyOwnersAfterCommit(ExecutiveOrder order, List<DirectiveNotice> directives) {
        List<Runnable> notices = new ArrayList<>();
        for (DirectiveNotice directive : directives) {
            for (TaskRow task : progress.tasksOfDirective(directive.directiveId())) {
                if (task.ownerUsername() != null) {
                    String full = "Directive " + order.getCode() + " " + directive.code() + " " + directive.happened()
                            + " (task \"" + task.title() + "\")";
                    String message = full.length() <= MAX_NOTIFICATION ? full : full.substring(0, MAX_NOTIFICATION - 1) + "…";
                    notices.add(() -> tenantTransactions.writeAs(task.agency(), () -> {
                        notifications.notify(task.ownerUsername(), ItemRef.task(task.id()), message);
                        return null;
                    }));
                }
            }
        }
        if (!notices.isEmpty()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    notices.forEach(Runnable::run);
                }
            });
        }
    }

    /** "its deadline moved from 2026-09-03 to 2026-07-05", or "its wording changed". */
    private static String whatChanged(DirectiveEntry before, DirectiveEntry after) {
        return Objects.equals(before.deadline(), after.deadline()) ? "its wording changed"
                : "its deadline moved from " + (before.deadline() == null ? "none" : before.deadline()) + " to "
                        + (after.deadline() == null ? "none" : after.deadline());
    }

    private void addAlias(String actor, String organisationId) {
        Tenant tenant = tenants.find(organisationId).orElseThrow(() -> new IllegalArgumentException(
                "No organisation " + organisationId + " to map " + actor + " to"));
        Set<String> aliases = new LinkedHashSet<>(tenant.getAliases());
        if (aliases.add(alias(actor))) {
            organisations.rename(organisationId, new OrganisationInput(organisationId, tenant.getKind(), tenant.getName(),
                    tenant.getAcronym(), aliases));
        }
    }

    /** The actor as an alias: without a leading "the", which the finder ignores anyway. */
    static String alias(String actor) {
        return actor.strip().replaceFirst("^(?i:the)\\s+", "");
    }

    private void requireAdministrator() {
        if (!currentUser.hasAnyRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators import orders from their text");
        }
    }
}
