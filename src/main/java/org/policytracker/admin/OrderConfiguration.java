package org.policytracker.admin;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.policytracker.admin.ImportPreview.Item;
import org.policytracker.admin.ImportPreview.Outcome;
import org.policytracker.admin.OrderConfigurationDocument.DirectiveEntry;
import org.policytracker.admin.OrderConfigurationDocument.MeasureEntry;
import org.policytracker.admin.OrderConfigurationDocument.OrderEntry;
import org.policytracker.admin.OrderConfigurationDocument.PeriodEntry;
import org.policytracker.admin.OrderConfigurationDocument.SectorEntry;
import org.policytracker.admin.OrderConfigurationDocument.SourceEntry;
import org.policytracker.admin.OrderConfigurationDocument.TermsEntry;
import org.policytracker.admin.OrderConfigurationDocument.VersionEntry;
import org.policytracker.admin.OrderConfigurationRejectedException.Problem;
import org.policytracker.audit.AdministrationHistory;
import org.policytracker.order.Directive;
import org.policytracker.order.DirectiveDeadline;
import org.policytracker.order.ExecutiveOrder;
import org.policytracker.order.OrderDefinitions;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.Role;
import org.policytracker.tenant.Tenant;
import org.policytracker.tenant.TenantKind;
import org.policytracker.tenant.TenantService;
import org.policytracker.uptake.MeasureDefinitions;
import org.policytracker.uptake.PeriodStatus;
import org.policytracker.uptake.ReportingPeriod;
import org.policytracker.uptake.Sector;
import org.policytracker.uptake.VoluntaryMeasure;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An order's configuration as a file: exported as one {@link OrderConfigurationDocument}, and imported
 * from one. An import is checked first against the published JSON Schema ({@link #read}), then against
 * the database (unknown organisations or sectors, repeated codes, a measure on a directive that is not
 * in the document, ...), every problem named by its JSON pointer; a preview says what it would add
 * or change, and applying it writes all of it in one transaction or nothing. Each subject is matched
 * by its code (sectors by id); what the document does not mention is kept, never deleted. Every
 * change is recorded in the administration history, attributed to whoever imports.
 */
@Service
public class OrderConfiguration {

    private static final String ORDER = "order";
    private static final String DIRECTIVE = "directive";
    private static final String MEASURE = "measure";
    private static final String SECTOR = "sector";
    private static final String PERIOD = "period";

    private final OrderDefinitions orders;
    private final MeasureDefinitions measures;
    private final TenantService tenants;
    private final AdministrationHistory history;
    private final CurrentUser currentUser;
    private final OrderConfigurationJson json;

    OrderConfiguration(OrderDefinitions orders, MeasureDefinitions measures, TenantService tenants,
            AdministrationHistory history, CurrentUser currentUser, OrderConfigurationJson json) {
        this.orders = orders;
        this.measures = measures;
        this.tenants = tenants;
        this.history = history;
        this.currentUser = currentUser;
        this.json = json;
    }

    /** The published JSON Schema (draft 2020-12) of order configuration documents. */
    public String schema() {
        requireAdministrator();
        return json.schema();
    }

    /**
     * The document in a JSON text.
     *
     * @throws OrderConfigurationRejectedException if the text is not JSON or does not follow the schema
     */
    public OrderConfigurationDocument read(String text) {
        return json.read(text);
    }

    /** The document as JSON, as the export writes it. */
    public String write(OrderConfigurationDocument document) {
        return json.write(document);
    }

    /**
     * The order's configuration: the order, its directives (in their order, retired ones included), their
     * measures, the sectors those measures apply to, and every reporting period (the calendar is
     * shared by all orders).
     *
     * @throws NoSuchElementException if there is no order with that code
     */
    @Transactional(readOnly = true)
    public OrderConfigurationDocument export(String orderCode) {
        requireAdministrator();
        ExecutiveOrder order = orders.order(orderCode)
                .orElseThrow(() -> new NoSuchElementException("No order with the code " + orderCode));
        List<MeasureEntry> orderMeasures = measures.measures(order).stream().map(this::entry).toList();
        Set<String> sectorIds = orderMeasures.stream().flatMap(measure -> measure.sectors().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        return new OrderConfigurationDocument(entry(order),
                orders.directives(order).stream().map(OrderConfiguration::entry).toList(),
                orderMeasures,
                sectorIds.stream().map(id -> entry(measures.sector(id).orElseThrow())).toList(),
                measures.periods().stream().map(OrderConfiguration::entry).toList());
    }

    /**
     * What importing the document would add and change, without writing anything.
     *
     * @throws OrderConfigurationRejectedException with every problem, if the document cannot be imported
     */
    @Transactional(readOnly = true)
    public ImportPreview preview(OrderConfigurationDocument document) {
        requireAdministrator();
        return new Import(document.normalised(), true).preview();
    }

    /**
     * Imports the document: adds what is new and changes what differs, all in this one transaction,
     * each change recorded in the administration history.
     *
     * @throws OrderConfigurationRejectedException with every problem, if the document cannot be imported
     *         (then nothing is written)
     */
    @Transactional
    public ImportPreview apply(OrderConfigurationDocument document) {
        requireAdministrator();
        return new Import(document.normalised(), true).write(true);
    }

    /**
     * For a system job (the demo data loader, inside {@code Actor.callAs}): adds what the database does
     * not have yet and leaves everything it has as it is, even where the document differs, so that an
     * administrator's later edits survive the next start. Returns what it did ({@link Outcome#CHANGED}
     * items are those it left alone).
     */
    @Transactional
    public ImportPreview addMissing(OrderConfigurationDocument document) {
        return new Import(document.normalised(), false).write(false);
    }

    private void requireAdministrator() {
        if (!currentUser.hasAnyRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators export and import order configurations");
        }
    }

    /** One import of a (normalised) document: what the database has now, checked and compared. */
    private final class Import {

        private final OrderConfigurationDocument document;
        private final boolean changes;
        private final ExecutiveOrder order;
        private final Map<String, Directive> directivesByCode;
        private final Map<String, VoluntaryMeasure> measuresByCode = new HashMap<>();
        private final Map<String, Sector> sectorsById = new HashMap<>();
        private final Map<String, ReportingPeriod> periodsByCode = new HashMap<>();
        /** Every period the import knows: the configured ones, as the document states them where it does. */
        private final Map<String, PeriodEntry> calendar = new HashMap<>();
        /** What each directive of the document will be: as stated, with its deadline and retirement resolved. */
        private final Map<String, DirectiveEntry> wantedDirectives = new HashMap<>();
        /** What each measure of the document will be: its first terms kept, later terms added. */
        private final Map<String, MeasureEntry> wantedMeasures = new HashMap<>();
        private final List<Item> items = new ArrayList<>();

        /**
         * {@code changes}: whether the import may change what is configured; when it only adds what is
         * missing, what it would refuse to change (a retired directive, past terms) stops nothing.
         */
        Import(OrderConfigurationDocument document, boolean changes) {
            this.document = document;
            this.changes = changes;
            this.order = orders.order(document.order().code()).orElse(null);
            this.directivesByCode = order == null ? new LinkedHashMap<>()
                    : byKey(orders.directives(order), Directive::getCode);
            if (order != null) {
                measures.measures(order).forEach(measure -> measuresByCode.put(measure.getCode(), measure));
            }
            document.measures().forEach(measure -> measures.measure(measure.code())
                    .ifPresent(found -> measuresByCode.put(found.getCode(), found)));
            document.sectors().forEach(sector -> measures.sector(sector.id())
                    .ifPresent(found -> sectorsById.put(found.getId(), found)));
            document.periods().forEach(period -> measures.period(period.code())
                    .ifPresent(found -> periodsByCode.put(found.getCode(), found)));
            measures.periods().forEach(period -> calendar.put(period.getCode(), entry(period)));
            document.periods().forEach(period -> calendar.put(period.code(), period));
            List<Problem> problems = problems();
            if (!problems.isEmpty()) {
                throw new OrderConfigurationRejectedException(problems);
            }
            compare();
        }

        ImportPreview preview() {
            return new ImportPreview(document.order().code(), List.copyOf(items));
        }

        /** Writes every addition, and every change if {@code change}; returns what it did. */
        ImportPreview write(boolean change) {
            for (SectorEntry entry : document.sectors()) {
                Sector sector = sectorsById.get(entry.id());
                if (sector == null) {
                    sectorsById.put(entry.id(), measures.save(new Sector(entry.id(), entry.name(), entry.description(),
                            entry.source())));
                    recordAdded(SECTOR, entry.id(), entry);
                } else if (change && isChanged(SECTOR, entry.id())) {
                    SectorEntry before = entry(sector);
                    sector.edit(entry.name(), entry.description(), entry.source());
                    recordChanged(SECTOR, entry.id(), before, entry);
                }
            }
            for (PeriodEntry entry : document.periods()) {
                ReportingPeriod period = periodsByCode.get(entry.code());
                if (period == null) {
                    periodsByCode.put(entry.code(), measures.save(new ReportingPeriod(entry.code(), entry.startsOn(),
                            entry.endsOn(), entry.dueOn(), entry.status())));
                    recordAdded(PERIOD, entry.code(), entry);
                } else if (change && isChanged(PERIOD, entry.code())) {
                    PeriodEntry before = entry(period);
                    period.redefine(entry.startsOn(), entry.endsOn(), entry.dueOn(), entry.status());
                    recordChanged(PERIOD, entry.code(), before, entry);
                }
            }
            ExecutiveOrder written = writeOrder(change);
            writeDirectives(written, change);
            for (MeasureEntry stated : document.measures()) {
                MeasureEntry entry = wantedMeasures.get(stated.code());
                VoluntaryMeasure measure = measuresByCode.get(entry.code());
                Directive directive = directivesByCode.get(entry.directive());
                if (measure == null) {
                    measure = new VoluntaryMeasure(directive, entry.code(), entry.title(), entry.adoptionDefinition(),
                            entry.eligiblePopulation(), entry.targetPercent(), entry.targetDate(), entry.targetBasis());
                    measure.getSectors().addAll(sectors(entry.sectors()));
                    addTerms(measures.save(measure), entry.terms(), List.of());
                    recordAdded(MEASURE, entry.code(), entry);
                } else if (change && isChanged(MEASURE, entry.code())) {
                    MeasureEntry before = entry(measure);
                    measure.redefine(directive, entry.title(), entry.adoptionDefinition(), entry.eligiblePopulation(),
                            entry.targetDate(), entry.targetBasis());
                    addTerms(measure, entry.terms(), before.terms());
                    recordChanged(MEASURE, entry.code(), before, entry);
                }
            }
            return preview();
        }

        /** Adds and changes the document's directives, places them in its order, the others after them. */
        private void writeDirectives(ExecutiveOrder written, boolean change) {
            List<Directive> current = List.copyOf(directivesByCode.values());
            for (DirectiveEntry stated : document.directives()) {
                DirectiveEntry entry = wantedDirectives.get(stated.code());
                Directive directive = directivesByCode.get(entry.code());
                String key = directiveKey(entry.code());
                if (directive == null) {
                    directive = new Directive(written, entry.code(), entry.title(), entry.summary(), entry.kind(),
                            tenant(entry.leadAgency()), null, entry.deadlineBasis(), entry.priority(), entry.source());
                    redefine(directive, entry);
                    directivesByCode.put(entry.code(), orders.save(directive));
                    if (entry.retiredAt() != null) {
                        orders.retire(directive, entry.retiredAt());
                    }
                    recordAdded(DIRECTIVE, key, entry);
                } else if (change && isChanged(DIRECTIVE, key)) {
                    DirectiveEntry before = entry(directive);
                    if (!before.equals(entry)) {
                        redefine(directive, entry);
                        if (!directive.isRetired() && entry.retiredAt() != null) {
                            orders.retire(directive, entry.retiredAt());
                        }
                        recordChanged(DIRECTIVE, key, before, entry);
                    }
                }
            }
            Set<Directive> sequence = new LinkedHashSet<>();
            if (!change) {
                sequence.addAll(current); // the configured order stays; new directives follow it
            }
            document.directives().forEach(entry -> sequence.add(directivesByCode.get(entry.code())));
            sequence.addAll(current);
            List<Directive> placed = List.copyOf(sequence);
            for (int position = 0; position < placed.size(); position++) {
                Directive directive = placed.get(position);
                int was = current.indexOf(directive);
                orders.place(directive, position);
                if (was >= 0 && was != position) {
                    history.record(DIRECTIVE, directiveKey(directive.getCode()), "moved by import",
                            Map.of("position", was), Map.of("position", position));
                }
            }
        }

        private void redefine(Directive directive, DirectiveEntry entry) {
            directive.redefine(entry.sectionRef(), entry.title(), entry.summary(), entry.kind(),
                    tenant(entry.leadAgency()), tenants(entry.supportingAgencies()), deadline(entry),
                    entry.deadlineBasis(), entry.priority(), entry.source());
        }

        private static DirectiveDeadline deadline(DirectiveEntry entry) {
            return entry.deadlineDaysAfterSigning() != null
                    ? DirectiveDeadline.daysAfterSigning(entry.deadlineDaysAfterSigning())
                    : DirectiveDeadline.onDate(entry.deadline());
        }

        /** Sets the terms the measure does not have yet (or has otherwise) from their periods on. */
        private void addTerms(VoluntaryMeasure measure, List<TermsEntry> wanted, List<TermsEntry> had) {
            for (TermsEntry terms : wanted) {
                if (!had.contains(terms)) {
                    measures.setTerms(measure, periodsByCode.computeIfAbsent(terms.fromPeriod(),
                            code -> measures.period(code).orElseThrow()), terms.targetPercent(), sectors(terms.sectors()));
                }
            }
        }

        private ExecutiveOrder writeOrder(boolean change) {
            OrderEntry entry = document.order();
            if (order == null) {
                ExecutiveOrder created = new ExecutiveOrder(entry.code(), entry.title(), entry.signedOn(),
                        entry.status(), entry.summary());
                created.redefine(entry.number(), entry.title(), entry.signedOn(), entry.status(), entry.summary());
                addSourcesAndVersions(created, entry);
                recordAdded(ORDER, entry.code(), entry);
                return orders.save(created);
            }
            if (change && isChanged(ORDER, entry.code())) {
                OrderEntry before = entry(order);
                order.redefine(entry.number(), entry.title(), entry.signedOn(), entry.status(), entry.summary());
                if (!before.sources().equals(entry.sources()) || !before.versions().equals(entry.versions())) {
                    order.clearSourcesAndVersions();
                    addSourcesAndVersions(order, entry);
                }
                recordChanged(ORDER, entry.code(), before, entry);
                Map<Directive, DirectiveEntry> notInDocument = new HashMap<>();
                directivesByCode.values().stream().filter(d -> !wantedDirectives.containsKey(d.getCode()))
                        .forEach(d -> notInDocument.put(d, entry(d)));
                for (Directive moved : orders.followSigning(order)) {
                    if (notInDocument.containsKey(moved)) {
                        history.record(DIRECTIVE, directiveKey(moved.getCode()), "deadline recomputed from the signed "
                                + "date by import", notInDocument.get(moved), entry(moved));
                    }
                }
            }
            return order;
        }

        private static void addSourcesAndVersions(ExecutiveOrder order, OrderEntry entry) {
            entry.sources().forEach(source -> order.addSource(source.title(), source.reference(), source.url()));
            entry.versions().forEach(version -> order.addVersion(version.label(), version.effectiveOn(),
                    version.summary(), version.basis()));
        }

        private void recordAdded(String subject, String key, Record after) {
            history.record(subject, key, "added by import", null, after);
        }

        private void recordChanged(String subject, String key, Record before, Record after) {
            history.record(subject, key, "changed by import", before, after);
        }

        private boolean isChanged(String subject, String key) {
            return items.stream().anyMatch(item -> item.subject().equals(subject) && item.key().equals(key)
                    && item.outcome() == Outcome.CHANGED);
        }

        private String directiveKey(String code) {
            return document.order().code() + "/" + code;
        }

        /** Every problem that stops the import, in document order. */
        private List<Problem> problems() {
            List<Problem> problems = new ArrayList<>();
            Set<String> directiveCodes = repeated(problems, "/directives", document.directives(), DirectiveEntry::code,
                    "code");
            repeated(problems, "/measures", document.measures(), MeasureEntry::code, "code");
            Set<String> sectorIds = repeated(problems, "/sectors", document.sectors(), SectorEntry::id, "id");
            repeated(problems, "/periods", document.periods(), PeriodEntry::code, "code");
            for (int i = 0; i < document.directives().size(); i++) {
                DirectiveEntry directive = document.directives().get(i);
                agency(problems, "/directives/" + i + "/leadAgency", directive.leadAgency());
                for (int j = 0; j < directive.supportingAgencies().size(); j++) {
                    agency(problems, "/directives/" + i + "/supportingAgencies/" + j,
                            directive.supportingAgencies().get(j));
                }
                wantedDirectives.put(directive.code(), wanted(problems, "/directives/" + i, directive));
            }
            for (int i = 0; i < document.measures().size(); i++) {
                MeasureEntry measure = document.measures().get(i);
                String at = "/measures/" + i;
                VoluntaryMeasure existing = measuresByCode.get(measure.code());
                if (existing != null && (order == null || !existing.getDirective().getOrder().getId().equals(order.getId()))) {
                    problems.add(new Problem(at + "/code", "is the code of a measure of the order "
                            + existing.getDirective().getOrder().getCode()
                            + ": measure codes are unique across all orders, choose another"));
                }
                if (!directiveCodes.contains(measure.directive())) {
                    problems.add(new Problem(at + "/directive", "names the directive " + measure.directive()
                            + ", which is not among the document's directives"));
                }
                knownSectors(problems, at + "/sectors", measure.sectors(), sectorIds);
                for (int j = 0; j < measure.terms().size(); j++) {
                    TermsEntry terms = measure.terms().get(j);
                    if (!calendar.containsKey(terms.fromPeriod())) {
                        problems.add(new Problem(at + "/terms/" + j + "/fromPeriod", "names the period "
                                + terms.fromPeriod() + ", which is neither among the document's periods nor configured"));
                    }
                    knownSectors(problems, at + "/terms/" + j + "/sectors", terms.sectors(), sectorIds);
                }
                repeated(problems, at + "/terms", measure.terms(), TermsEntry::fromPeriod, "fromPeriod");
                boolean termsKnown = problems.stream().noneMatch(problem -> problem.pointer().startsWith(at + "/"));
                wantedMeasures.put(measure.code(), termsKnown ? wanted(problems, at, measure) : measure);
            }
            for (int i = 0; i < document.periods().size(); i++) {
                PeriodEntry period = document.periods().get(i);
                if (period.endsOn().isBefore(period.startsOn())) {
                    problems.add(new Problem("/periods/" + i + "/endsOn", "is " + period.endsOn()
                            + ", before the period starts (" + period.startsOn() + ")"));
                }
                if (period.dueOn().isBefore(period.endsOn())) {
                    problems.add(new Problem("/periods/" + i + "/dueOn", "is " + period.dueOn()
                            + ", before the period ends (" + period.endsOn() + "): reports are due after it"));
                }
            }
            return problems;
        }

        private void knownSectors(List<Problem> problems, String at, List<String> ids, Set<String> inDocument) {
            for (int j = 0; j < ids.size(); j++) {
                String sector = ids.get(j);
                if (!inDocument.contains(sector) && measures.sector(sector).isEmpty()) {
                    problems.add(new Problem(at + "/" + j, "names the sector " + sector
                            + ", which is neither among the document's sectors nor configured"));
                }
            }
        }

        /**
         * The directive as the import will leave it: a deadline relative to signing with its date computed
         * (a different date stated is a problem); a stated date on which the configured relative deadline
         * falls keeps it relative (documents from before relative deadlines existed); a retired directive
         * stays retired as it was and may not be changed (it is read-only).
         */
        private DirectiveEntry wanted(List<Problem> problems, String at, DirectiveEntry entry) {
            LocalDate signedOn = document.order().signedOn();
            DirectiveEntry wanted = entry;
            Integer days = entry.deadlineDaysAfterSigning();
            Directive current = directivesByCode.get(entry.code());
            if (days != null) {
                LocalDate falls = DirectiveDeadline.daysAfterSigning(days).on(signedOn);
                if (entry.deadline() != null && !entry.deadline().equals(falls)) {
                    problems.add(new Problem(at + "/deadline", "is " + entry.deadline() + ", but " + days
                            + " days after signing (" + signedOn + ") fall on " + falls
                            + ": give that date or leave the date out"));
                }
                wanted = entry.withDeadline(falls, days);
            } else if (current != null && current.getDeadlineDaysAfterSigning() != null && entry.deadline() != null
                    && entry.deadline().equals(DirectiveDeadline.daysAfterSigning(current.getDeadlineDaysAfterSigning())
                            .on(signedOn))) {
                wanted = entry.withDeadline(entry.deadline(), current.getDeadlineDaysAfterSigning());
            }
            if (changes && current != null && current.isRetired()) {
                wanted = wanted.withRetiredAt(current.getRetiredAt());
                List<String> changed = changedFields(entry(current), wanted);
                if (!changed.isEmpty()) {
                    problems.add(new Problem(at, "is directive " + entry.code() + ", retired on "
                            + current.getRetiredAt() + ": it is kept read-only, so an import cannot change its "
                            + String.join(", ", changed)));
                }
            }
            return wanted;
        }

        /**
         * The measure as the import will leave it: its first terms as configured (past metrics depend on
         * them), the terms it has, and the document's terms that are new or differ, each from its period on.
         * A new or changed terms entry must not start before the measure's latest terms. A document
         * without terms whose target or sectors differ from the measure's (an older document, or one edited
         * by hand) adds them as terms from the earliest open reporting period.
         */
        private MeasureEntry wanted(List<Problem> problems, String at, MeasureEntry entry) {
            VoluntaryMeasure current = measuresByCode.get(entry.code());
            if (current == null) {
                return entry.withTerms(entry.targetPercent(), entry.sectors(), inPeriodOrder(entry.terms()));
            }
            if (!changes) {
                return entry;
            }
            MeasureEntry now = entry(current);
            Map<String, TermsEntry> merged = new LinkedHashMap<>();
            now.terms().forEach(terms -> merged.put(terms.fromPeriod(), terms));
            LocalDate latestStart = now.terms().isEmpty() ? null : startOf(now.terms().getLast().fromPeriod());
            for (int j = 0; j < entry.terms().size(); j++) {
                TermsEntry terms = entry.terms().get(j);
                if (!terms.equals(merged.get(terms.fromPeriod()))) {
                    if (latestStart != null && startOf(terms.fromPeriod()).isBefore(latestStart)) {
                        problems.add(new Problem(at + "/terms/" + j, "changes the terms from " + terms.fromPeriod()
                                + ", before the measure's latest terms (from " + now.terms().getLast().fromPeriod()
                                + "): earlier periods keep the terms they had, so a change applies from that period "
                                + "or a later one"));
                    }
                    merged.put(terms.fromPeriod(), terms);
                }
            }
            TermsEntry inForce = merged.isEmpty() ? new TermsEntry(null, now.targetPercent(), now.sectors())
                    : inPeriodOrder(List.copyOf(merged.values())).getLast();
            boolean firstDiffers = !(Objects.equals(entry.targetPercent(), now.targetPercent())
                    && entry.sectors().equals(now.sectors()));
            boolean inForceDiffers = !(Objects.equals(entry.targetPercent(), inForce.targetPercent())
                    && entry.sectors().equals(inForce.sectors()));
            if (firstDiffers && inForceDiffers) {
                PeriodEntry open = calendar.values().stream().filter(period -> period.status() == PeriodStatus.OPEN)
                        .min(Comparator.comparing(PeriodEntry::startsOn).thenComparing(PeriodEntry::code)).orElse(null);
                if (!entry.terms().isEmpty()) {
                    problems.add(new Problem(at + "/targetPercent", "and sectors are the measure's first terms ("
                            + now.targetPercent() + " %, " + String.join(", ", now.sectors()) + "), which an import "
                            + "does not rewrite (the metrics of past periods depend on them): state the new target "
                            + "or sectors as a terms entry from a period"));
                } else if (open == null) {
                    problems.add(new Problem(at + "/targetPercent", "or the sectors differ from the measure's; a "
                            + "change applies from a reporting period on and none is open: add a terms entry with "
                            + "its fromPeriod"));
                } else if (latestStart != null && open.startsOn().isBefore(latestStart)) {
                    problems.add(new Problem(at + "/targetPercent", "or the sectors differ from the measure's; they "
                            + "would apply from the earliest open period, " + open.code() + ", before the measure's "
                            + "latest terms: add a terms entry from " + now.terms().getLast().fromPeriod()
                            + " or a later period"));
                } else {
                    merged.put(open.code(), new TermsEntry(open.code(), entry.targetPercent(), entry.sectors()));
                }
            }
            return entry.withTerms(now.targetPercent(), now.sectors(), inPeriodOrder(List.copyOf(merged.values())));
        }

        private List<TermsEntry> inPeriodOrder(List<TermsEntry> terms) {
            return terms.stream().sorted(Comparator.comparing((TermsEntry t) -> startOf(t.fromPeriod()))
                    .thenComparing(TermsEntry::fromPeriod)).toList();
        }

        private LocalDate startOf(String period) {
            return calendar.get(period).startsOn();
        }

        private void agency(List<Problem> problems, String at, String id) {
            Tenant tenant = tenants.find(id).orElse(null);
            if (tenant == null) {
                problems.add(new Problem(at, "names the organisation " + id
                        + ", which does not exist (an import does not create organisations: add it first)"));
            } else if (tenant.getKind() != TenantKind.AGENCY) {
                problems.add(new Problem(at, "names " + id + ", which is not an agency but "
                        + tenant.getKind().name().toLowerCase() + ": directives are carried out by agencies"));
            }
        }

        /** The keys of the entries; a key that repeats an earlier one is a problem at its place. */
        private static <T> Set<String> repeated(List<Problem> problems, String list, List<T> entries,
                Function<T, String> key, String field) {
            Map<String, Integer> first = new LinkedHashMap<>();
            for (int i = 0; i < entries.size(); i++) {
                Integer earlier = first.putIfAbsent(key.apply(entries.get(i)), i);
                if (earlier != null) {
                    problems.add(new Problem(list + "/" + i + "/" + field, "repeats " + key.apply(entries.get(i))
                            + ", already the " + field + " of " + list + "/" + earlier));
                }
            }
            return first.keySet();
        }

        private void compare() {
            OrderEntry orderEntry = document.order();
            items.add(item(ORDER, orderEntry.code(), order == null ? null : entry(order), orderEntry));
            List<String> currentOrder = List.copyOf(directivesByCode.keySet());
            for (int i = 0; i < document.directives().size(); i++) {
                DirectiveEntry entry = wantedDirectives.get(document.directives().get(i).code());
                Directive directive = directivesByCode.get(entry.code());
                Item item = item(DIRECTIVE, directiveKey(entry.code()), directive == null ? null : entry(directive), entry);
                int was = currentOrder.indexOf(entry.code());
                if (was >= 0 && was != i) {
                    List<String> fields = new ArrayList<>(item.changedFields());
                    fields.add("position");
                    item = new Item(item.subject(), item.key(), Outcome.CHANGED, List.copyOf(fields));
                }
                items.add(item);
            }
            for (MeasureEntry stated : document.measures()) {
                MeasureEntry entry = wantedMeasures.get(stated.code());
                VoluntaryMeasure measure = measuresByCode.get(entry.code());
                items.add(item(MEASURE, entry.code(), measure == null ? null : entry(measure), entry));
            }
            for (SectorEntry entry : document.sectors()) {
                Sector sector = sectorsById.get(entry.id());
                items.add(item(SECTOR, entry.id(), sector == null ? null : entry(sector), entry));
            }
            for (PeriodEntry entry : document.periods()) {
                ReportingPeriod period = periodsByCode.get(entry.code());
                items.add(item(PERIOD, entry.code(), period == null ? null : entry(period), entry));
            }
            Set<String> inDocument = document.directives().stream().map(DirectiveEntry::code).collect(Collectors.toSet());
            directivesByCode.keySet().stream().filter(code -> !inDocument.contains(code))
                    .forEach(code -> items.add(new Item(DIRECTIVE, directiveKey(code), Outcome.NOT_IN_DOCUMENT, List.of())));
            Set<String> measuresInDocument = document.measures().stream().map(MeasureEntry::code).collect(Collectors.toSet());
            measuresByCode.keySet().stream().filter(code -> !measuresInDocument.contains(code)).sorted()
                    .forEach(code -> items.add(new Item(MEASURE, code, Outcome.NOT_IN_DOCUMENT, List.of())));
        }

        private static Item item(String subject, String key, Record current, Record wanted) {
            if (current == null) {
                return new Item(subject, key, Outcome.ADDED, List.of());
            }
            List<String> changed = changedFields(current, wanted);
            return new Item(subject, key, changed.isEmpty() ? Outcome.UNCHANGED : Outcome.CHANGED, changed);
        }

        private Tenant tenant(String id) {
            return tenants.find(id).orElseThrow();
        }

        private Set<Tenant> tenants(List<String> ids) {
            return ids.stream().map(this::tenant).collect(Collectors.toCollection(LinkedHashSet::new));
        }

        private Set<Sector> sectors(List<String> ids) {
            return ids.stream().map(id -> sectorsById.computeIfAbsent(id, known -> measures.sector(known).orElseThrow()))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }

    /** The names of the record's fields whose values differ between the two. */
    private static List<String> changedFields(Record current, Record wanted) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : current.getClass().getRecordComponents()) {
            try {
                if (!Objects.equals(component.getAccessor().invoke(current), component.getAccessor().invoke(wanted))) {
                    changed.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + component, e);
            }
        }
        return changed;
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> byKey = new LinkedHashMap<>();
        items.forEach(item -> byKey.put(key.apply(item), item));
        return byKey;
    }

    private static OrderEntry entry(ExecutiveOrder order) {
        return new OrderEntry(order.getCode(), order.getNumber(), order.getTitle(), order.getSignedOn(), order.getStatus(), order.getSummary(),
                order.getSources().stream().map(s -> new SourceEntry(s.getTitle(), s.getReference(), s.getUrl())).toList(),
                order.getVersions().stream().map(v -> new VersionEntry(v.getLabel(), v.getEffectiveOn(), v.getSummary(),
                        v.getBasis())).toList());
    }

    private static DirectiveEntry entry(Directive directive) {
        return new DirectiveEntry(directive.getCode(), directive.getSectionRef(), directive.getTitle(),
                directive.getSummary(), directive.getKind(), directive.getLeadAgency().getId(),
                directive.getSupportingAgencies().stream().map(Tenant::getId).sorted().toList(),
                directive.getDeadline(), directive.getDeadlineDaysAfterSigning(), directive.getDeadlineBasis(),
                directive.getPriority(), directive.getSource(), directive.getRetiredAt());
    }

    private MeasureEntry entry(VoluntaryMeasure measure) {
        return new MeasureEntry(measure.getCode(), measure.getDirective().getCode(), measure.getTitle(),
                measure.getAdoptionDefinition(), measure.getEligiblePopulation(), measure.getTargetPercent(),
                measure.getTargetDate(), measure.getTargetBasis(), ids(measure.getSectors()),
                measures.terms(measure).stream().map(terms -> new TermsEntry(terms.getFromPeriod().getCode(),
                        terms.getTargetPercent(), ids(terms.getSectors()))).toList());
    }

    private static List<String> ids(Set<Sector> sectors) {
        return sectors.stream().map(Sector::getId).sorted(Comparator.naturalOrder()).toList();
    }

    private static SectorEntry entry(Sector sector) {
        return new SectorEntry(sector.getId(), sector.getName(), sector.getDescription(), sector.getSource());
    }

    private static PeriodEntry entry(ReportingPeriod period) {
        return new PeriodEntry(period.getCode(), period.getStartsOn(), period.getEndsOn(), period.getDueOn(),
                period.getStatus());
    }
}
