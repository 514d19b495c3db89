package org.policytracker.order;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.policytracker.audit.AdministrationChange;
import org.policytracker.audit.AdministrationHistory;
import org.policytracker.order.repository.DirectiveRepository;
import org.policytracker.order.repository.ExecutiveOrderRepository;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.Role;
import org.policytracker.tenant.Tenant;
import org.policytracker.tenant.TenantKind;
import org.policytracker.tenant.TenantService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators change about orders and their directives: create and edit orders (with their
 * source links) and directives, reorder directives, and remove a directive, which deletes it when
 * nothing hangs on it and otherwise retires it (kept, read-only, closed to new work). Every change
 * is checked first (nothing is saved when a rule is broken) and recorded in the
 * {@link AdministrationHistory} ("order", "directive") in its own transaction; Envers keeps the
 * entities' revisions.
 */
@Service
public class OrderAdministration {

    static final int MAX_TITLE = 300;
    static final int MAX_NUMBER = 64;
    static final int MAX_SECTION = 64;
    static final int MAX_SOURCE_TEXT = 500;
    static final int MAX_URL = 2000;
    private static final Pattern ORDER_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern DIRECTIVE_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://\\S+");
    private static final DateTimeFormatter CHANGED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final ExecutiveOrderRepository orders;
    private final DirectiveRepository directives;
    private final TenantService tenants;
    private final List<DirectiveUsage> usages;
    private final AdministrationHistory history;
    private final CurrentUser currentUser;
    private final Clock clock;

    OrderAdministration(ExecutiveOrderRepository orders, DirectiveRepository directives, TenantService tenants,
            List<DirectiveUsage> usages, AdministrationHistory history, CurrentUser currentUser, Clock clock) {
        this.orders = orders;
        this.directives = directives;
        this.tenants = tenants;
        this.usages = usages;
        this.history = history;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A public source of an order: its title, a reference (e.g. "Federal Register 91 FR 1234") and a web address. */
    public record SourceLink(String title, String reference, String url) {
    }

    /**
     * An order as an administrator enters it. {@code version}: on an edit, the version of the order the
     * administrator opened (required; a save from an older version is refused, see {@link StaleEditException});
     * not used on creation.
     */
    public record OrderInput(String code, String number, String title, LocalDate signedOn, OrderStatus status,
            String summary, List<SourceLink> sources, Long version) {
    }

    /** An order as stored (also its state in the administration history); {@code version} grows with each change. */
    public record OrderState(String code, String number, String title, LocalDate signedOn, OrderStatus status,
            String summary, List<SourceLink> sources, long version) {

        static OrderState of(ExecutiveOrder order) {
            return new OrderState(order.getCode(), order.getNumber(), order.getTitle(), order.getSignedOn(),
                    order.getStatus(), order.getSummary(), order.getSources().stream()
                    .map(s -> new SourceLink(s.getTitle(), s.getReference(), s.getUrl())).toList(), order.getVersion());
        }
    }

    /**
     * A directive as an administrator enters it; agencies by tenant id. {@code version}: on an edit, the
     * version of the directive the administrator opened (required, as for orders); not used when adding.
     */
    public record DirectiveInput(String code, String sectionRef, String title, String text, DirectiveKind kind,
            String leadAgency, List<String> supportingAgencies, Priority priority, DirectiveDeadline deadline,
            Basis deadlineBasis, Long version) {
    }

    /**
     * A directive as stored (also its state in the administration history): {@code deadline} is the
     * date, computed from the order's signed date when {@code deadlineDaysAfterSigning} is set.
     */
    public record DirectiveState(long id, String orderCode, int position, String code, String sectionRef,
            String title, String text, DirectiveKind kind, String leadAgency, List<String> supportingAgencies,
            Priority priority, LocalDate deadline, Integer deadlineDaysAfterSigning, Basis deadlineBasis,
            Instant retiredAt, long version) {

        public boolean retired() {
            return retiredAt != null;
        }

        /** The deadline as entered, for editing it again. */
        public DirectiveDeadline enteredDeadline() {
            return deadlineDaysAfterSigning != null ? DirectiveDeadline.daysAfterSigning(deadlineDaysAfterSigning)
                    : DirectiveDeadline.onDate(deadline);
        }

        static DirectiveState of(Directive d) {
            return new DirectiveState(d.getId(), d.getOrder().getCode(), d.getPosition(), d.getCode(),
                    d.getSectionRef(), d.getTitle(), d.getSummary(), d.getKind(), d.getLeadAgency().getId(),
                    d.getSupportingAgencies().stream().map(Tenant::getId).sorted().toList(), d.getPriority(),
                    d.getDeadline(), d.getDeadlineDaysAfterSigning(), d.getDeadlineBasis(), d.getRetiredAt(),
                    d.getVersion());
        }
    }

    /**
     * What became of a directive an administrator removed: deleted, or, because work hangs on it
     * ({@code workOnIt}, in words), retired and kept.
     */
    public record DirectiveRemoval(DirectiveState directive, boolean deleted, List<String> workOnIt) {

        /** Why it was retired rather than deleted, for the administrator. */
        public String explanation() {
            return deleted ? "Directive " + directive.code() + " was deleted."
                    : "Directive " + directive.code() + " cannot be deleted: work hangs on it ("
                    + String.join(", ", workOnIt) + "). It was retired instead: kept with its history, read-only "
                    + "and closed to new tasks.";
        }
    }

    @Transactional(readOnly = true)
    public List<OrderState> orders() {
        requireAdministrator();
        return orders.findAllByOrderBySignedOnDesc().stream().map(OrderState::of).toList();
    }

    @Transactional(readOnly = true)
    public OrderState order(String code) {
        requireAdministrator();
        return OrderState.of(find(code));
    }

    @Transactional
    public OrderState create(OrderInput input) {
        requireAdministrator();
        Map<String, String> errors = orderErrors(input);
        if (input.code() != null && orders.findByCode(input.code().strip()).isPresent()) {
            errors.putIfAbsent("code", "An order with code " + input.code().strip() + " exists already");
        }
        failOn(errors);
        ExecutiveOrder order = new ExecutiveOrder(input.code().strip(), input.title().strip(), input.signedOn(),
                input.status(), blankToNull(input.summary()));
        order.revise(blankToNull(input.number()), order.getTitle(), input.signedOn(), input.status(), order.getSummary());
        order.replaceSources(sources(input));
        OrderState created = OrderState.of(orders.saveAndFlush(order));
        history.record("order", created.code(), "created", null, created);
        return created;
    }

    /** Edits an order; its code stays. Relative deadlines of its directives follow a new signed date. */
    @Transactional
    public OrderState update(String code, OrderInput input) {
        requireAdministrator();
        ExecutiveOrder order = find(code);
        requireOpenedVersion(input.version(), order.getVersion(), "order", code, "Order " + code);
        Map<String, String> errors = orderErrors(input);
        errors.remove("code");
        failOn(errors);
        OrderState before = OrderState.of(order);
        order.revise(blankToNull(input.number()), input.title().strip(), input.signedOn(), input.status(),
                blankToNull(input.summary()));
        order.replaceSources(sources(input));
        if (!Objects.equals(before.signedOn(), input.signedOn())) {
            for (Directive directive : directives.findByOrderOrderByPositionAscCodeAsc(order)) {
                DirectiveState was = DirectiveState.of(directive);
                directive.followSigning(input.signedOn());
                if (!Objects.equals(was.deadline(), directive.getDeadline())) {
                    history.record("directive", key(directive), "deadline recomputed from the signed date", was,
                            DirectiveState.of(directive));
                }
            }
        }
        OrderState after = OrderState.of(flushed(() -> orders.saveAndFlush(order), "Order " + code));
        history.record("order", code, "changed", before, after);
        return after;
    }

    /** The order's directives in their order, retired ones included. */
    @Transactional(readOnly = true)
    public List<DirectiveState> directives(String orderCode) {
        requireAdministrator();
        return directives.findByOrderOrderByPositionAscCodeAsc(find(orderCode)).stream().map(DirectiveState::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public DirectiveState directive(String orderCode, String directiveCode) {
        requireAdministrator();
        return DirectiveState.of(findDirective(find(orderCode), directiveCode));
    }

    /** Adds a directive at the end of the order's list. */
    @Transactional
    public DirectiveState addDirective(String orderCode, DirectiveInput input) {
        requireAdministrator();
        ExecutiveOrder order = find(orderCode);
        List<Directive> siblings = directives.findByOrderOrderByPositionAscCodeAsc(order);
        Map<String, String> errors = new LinkedHashMap<>();
        Agencies agencies = directiveErrors(input, errors);
        if (input.code() != null && siblings.stream().anyMatch(d -> d.getCode().equalsIgnoreCase(input.code().strip()))) {
            errors.putIfAbsent("code", "Order " + orderCode + " has a directive " + input.code().strip() + " already");
        }
        failOn(errors);
        Directive directive = new Directive(order, input.code().strip(), input.title().strip(), null, input.kind(),
                agencies.lead(), null, input.deadlineBasis(), input.priority(), null);
        apply(directive, input, agencies, order);
        directive.moveTo(siblings.stream().mapToInt(Directive::getPosition).max().orElse(-1) + 1);
        DirectiveState created = DirectiveState.of(directives.saveAndFlush(directive));
        history.record("directive", key(directive), "created", null, created);
        return created;
    }

    /** Edits a directive; a retired one is read-only. */
    @Transactional
    public DirectiveState updateDirective(String orderCode, String directiveCode, DirectiveInput input) {
        requireAdministrator();
        ExecutiveOrder order = find(orderCode);
        Directive directive = findDirective(order, directiveCode);
        if (directive.isRetired()) {
            throw new DirectiveRetiredException("Directive " + directiveCode + " is retired: it is kept read-only.");
        }
        requireOpenedVersion(input.version(), directive.getVersion(), "directive", key(directive),
                "Directive " + directiveCode + " of order " + orderCode);
        Map<String, String> errors = new LinkedHashMap<>();
        Agencies agencies = directiveErrors(input, errors);
        if (input.code() != null && directives.findByOrderOrderByPositionAscCodeAsc(order).stream()
                .anyMatch(d -> d != directive && d.getCode().equalsIgnoreCase(input.code().strip()))) {
            errors.putIfAbsent("code", "Order " + orderCode + " has a directive " + input.code().strip() + " already");
        }
        failOn(errors);
        DirectiveState before = DirectiveState.of(directive);
        apply(directive, input, agencies, order);
        DirectiveState after = DirectiveState.of(flushed(() -> directives.saveAndFlush(directive),
                "Directive " + directiveCode + " of order " + orderCode));
        history.record("directive", key(directive), "changed", before, after);
        return after;
    }

    /** Moves a directive to a place (from 0) in the order's list; the others keep their relative order. */
    @Transactional
    public List<DirectiveState> move(String orderCode, String directiveCode, int position) {
        requireAdministrator();
        ExecutiveOrder order = find(orderCode);
        List<Directive> list = new ArrayList<>(directives.findByOrderOrderByPositionAscCodeAsc(order));
        Directive moved = findDirective(order, directiveCode);
        if (position < 0 || position >= list.size()) {
            throw new OrderValidationException(Map.of("position",
                    "Choose a place from 0 to " + (list.size() - 1) + " (the order has " + list.size() + " directives)"));
        }
        int from = list.indexOf(moved);
        list.remove(moved);
        list.add(position, moved);
        for (int place = 0; place < list.size(); place++) {
            list.get(place).moveTo(place);
        }
        directives.flush();
        if (from != position) {
            history.record("directive", key(moved), "moved", Map.of("position", from), Map.of("position", position));
        }
        return list.stream().map(DirectiveState::of).toList();
    }

    /**
     * Deletes a directive on which nothing hangs; one with tasks, measures or reports is retired
     * instead (kept, read-only, closed to new tasks, its history intact).
     */
    @Transactional
    public DirectiveRemoval remove(String orderCode, String directiveCode) {
        requireAdministrator();
        Directive directive = findDirective(find(orderCode), directiveCode);
        DirectiveState before = DirectiveState.of(directive);
        List<String> work = usages.stream().flatMap(usage -> usage.workOn(directive.getId()).stream()).toList();
        if (work.isEmpty()) {
            directives.delete(directive);
            directives.flush();
            history.record("directive", key(directive), "deleted", before, null);
            return new DirectiveRemoval(before, true, work);
        }
        retire(directive);
        return new DirectiveRemoval(DirectiveState.of(directive), false, work);
    }

    /**
     * Retires a directive whatever hangs on it (kept, read-only, closed to new tasks, its history intact), as
     * when a new version of its order's text no longer has it; a retired one stays as it is.
     */
    @Transactional
    public DirectiveState retire(String orderCode, String directiveCode) {
        requireAdministrator();
        Directive directive = findDirective(find(orderCode), directiveCode);
        retire(directive);
        return DirectiveState.of(directive);
    }

    private void retire(Directive directive) {
        if (!directive.isRetired()) {
            DirectiveState before = DirectiveState.of(directive);
            directive.retire(clock.instant());
            directives.flush();
            history.record("directive", key(directive), "retired", before, DirectiveState.of(directive));
        }
    }

    /** The agencies a directive may name: agency tenants, by name. */
    @Transactional(readOnly = true)
    public List<Tenant> agencies() {
        return tenants.all().stream().filter(t -> t.getKind() == TenantKind.AGENCY).toList();
    }

    private record Agencies(Tenant lead, Set<Tenant> supporting) {
    }

    private void apply(Directive directive, DirectiveInput input, Agencies agencies, ExecutiveOrder order) {
        directive.revise(input.code().strip(), blankToNull(input.sectionRef()), input.title().strip(),
                blankToNull(input.text()), input.kind(), agencies.lead(), agencies.supporting(), deadline(input),
                input.deadlineBasis(), input.priority(), order.getSignedOn());
    }

    private Map<String, String> orderErrors(OrderInput input) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(input.code())) {
            errors.put("code", "Give the order a code, e.g. EO-2027-WATER");
        } else if (!ORDER_CODE.matcher(input.code().strip()).matches()) {
            errors.put("code", "Use up to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit");
        }
        if (input.number() != null && input.number().strip().length() > MAX_NUMBER) {
            errors.put("number", "Keep the number to " + MAX_NUMBER + " characters");
        }
        requireTitle(input.title(), "Give the order its title", errors);
        if (input.status() == null) {
            errors.put("status", "Choose the order's status");
        } else if (input.status() != OrderStatus.DRAFT && input.signedOn() == null) {
            errors.put("signedOn", "An order that is " + input.status().label().toLowerCase()
                    + " was signed: give the date it was signed");
        }
        List<SourceLink> sources = input.sources() == null ? List.of() : input.sources();
        for (int i = 0; i < sources.size(); i++) {
            SourceLink link = sources.get(i);
            String field = "sources[" + i + "]";
            if (link == null || blank(link.title())) {
                errors.put(field + ".title", "Give source " + (i + 1) + " a title");
                continue;
            }
            if (link.title().strip().length() > MAX_SOURCE_TEXT) {
                errors.put(field + ".title", "Keep the title of source " + (i + 1) + " to " + MAX_SOURCE_TEXT + " characters");
            }
            if (link.reference() != null && link.reference().strip().length() > MAX_SOURCE_TEXT) {
                errors.put(field + ".reference", "Keep the reference of source " + (i + 1) + " to " + MAX_SOURCE_TEXT
                        + " characters");
            }
            if (!blank(link.url()) && (!WEB_ADDRESS.matcher(link.url().strip()).matches()
                    || link.url().strip().length() > MAX_URL)) {
                errors.put(field + ".url", "Give source " + (i + 1) + " a web address starting with https:// or http://");
            }
        }
        return errors;
    }

    private Agencies directiveErrors(DirectiveInput input, Map<String, String> errors) {
        if (blank(input.code())) {
            errors.put("code", "Give the directive a code, e.g. D1");
        } else if (!DIRECTIVE_CODE.matcher(input.code().strip()).matches()) {
            errors.put("code", "Use up to 32 letters, digits, dots, dashes or underscores, starting with a letter or digit");
        }
        if (input.sectionRef() != null && input.sectionRef().strip().length() > MAX_SECTION) {
            errors.put("sectionRef", "Keep the section reference to " + MAX_SECTION + " characters");
        }
        requireTitle(input.title(), "Give the directive a title", errors);
        if (input.kind() == null) {
            errors.put("kind", "Choose what the directive asks for");
        }
        if (input.priority() == null) {
            errors.put("priority", "Choose a priority");
        }
        if (input.deadlineBasis() == null) {
            errors.put("deadlineBasis", "Say whether the deadline is stated in the order or assumed");
        }
        DirectiveDeadline deadline = input.deadline() == null ? DirectiveDeadline.none() : input.deadline();
        if (deadline.date() != null && deadline.relative()) {
            errors.put("deadline", "Give the deadline either as a date or as days after signing, not both");
        } else if (deadline.relative() && (deadline.daysAfterSigning() < 0
                || deadline.daysAfterSigning() > DirectiveDeadline.MAX_DAYS_AFTER_SIGNING)) {
            errors.put("deadline.daysAfterSigning", "Give a number of days from 0 to "
                    + DirectiveDeadline.MAX_DAYS_AFTER_SIGNING);
        }
        Tenant lead = null;
        if (blank(input.leadAgency())) {
            errors.put("leadAgency", "Choose the agency that leads the directive");
        } else {
            lead = agency(input.leadAgency().strip()).orElse(null);
            if (lead == null) {
                errors.put("leadAgency", "No agency " + input.leadAgency().strip());
            }
        }
        Set<Tenant> supporting = new LinkedHashSet<>();
        for (String id : input.supportingAgencies() == null ? List.<String>of() : input.supportingAgencies()) {
            Optional<Tenant> agency = id == null ? Optional.empty() : agency(id.strip());
            if (agency.isEmpty()) {
                errors.put("supportingAgencies", "No agency " + id);
            } else if (lead != null && agency.get().getId().equals(lead.getId())) {
                errors.put("supportingAgencies", agency.get().getName() + " leads the directive: it cannot also support it");
            } else {
                supporting.add(agency.get());
            }
        }
        return new Agencies(lead, supporting);
    }

    private Optional<Tenant> agency(String id) {
        return tenants.find(id).filter(t -> t.getKind() == TenantKind.AGENCY);
    }

    private static DirectiveDeadline deadline(DirectiveInput input) {
        return input.deadline() == null ? DirectiveDeadline.none() : input.deadline();
    }

    private static void requireTitle(String title, String missing, Map<String, String> errors) {
        if (blank(title)) {
            errors.put("title", missing);
        } else if (title.strip().length() > MAX_TITLE) {
            errors.put("title", "Keep the title to " + MAX_TITLE + " characters");
        }
    }

    private static List<SourceLink> sources(OrderInput input) {
        return (input.sources() == null ? List.<SourceLink>of() : input.sources()).stream()
                .map(s -> new SourceLink(s.title().strip(), blankToNull(s.reference()), blankToNull(s.url()))).toList();
    }

    private static void failOn(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new OrderValidationException(errors);
        }
    }

    private ExecutiveOrder find(String code) {
        return orders.findByCode(code).orElseThrow(() -> new OrderNotFoundException("No order " + code));
    }

    private Directive findDirective(ExecutiveOrder order, String code) {
        return directives.findByOrderAndCode(order, code)
                .orElseThrow(() -> new OrderNotFoundException("Order " + order.getCode() + " has no directive " + code));
    }

    /**
     * Refuses an edit that does not start from the stored version: whoever changed it since (from the
     * administration history) is named, and nothing is saved. A save racing another past this check
     * fails at the entity's own version check when flushed.
     */
    private void requireOpenedVersion(Long opened, long stored, String subjectType, String key, String what) {
        if (opened == null) {
            throw new OrderValidationException(Map.of("version", "Give the version you opened (" + stored
                    + " now, from GET), so that a change made since is not overwritten"));
        }
        if (opened != stored) {
            AdministrationChange last = history.of(subjectType, key, 1).stream().findFirst()
                    .map(AdministrationHistory.Entry::change).orElse(null);
            String by = last == null ? "another administrator"
                    : last.getActor() + " at " + CHANGED_AT.format(last.getOccurredAt());
            throw new StaleEditException(what + " was changed by " + by + " since you opened it; reload it to see "
                    + "that change, then make yours again. Nothing was saved.", last == null ? null : last.getActor(),
                    last == null ? null : last.getOccurredAt(), stored);
        }
    }

    /** Saves; a save that lost the race to another past {@link #requireOpenedVersion} is refused the same way. */
    private static <T> T flushed(Supplier<T> save, String what) {
        try {
            return save.get();
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new StaleEditException(what + " was saved by another administrator at the same moment; reload it "
                    + "to see that change, then make yours again. Nothing was saved.", null, null, null);
        }
    }

    private static String key(Directive directive) {
        return directive.getOrder().getCode() + "/" + directive.getCode();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value.strip();
    }

    private void requireAdministrator() {
        if (!currentUser.hasAnyRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators administer orders and directives");
        }
    }
}
