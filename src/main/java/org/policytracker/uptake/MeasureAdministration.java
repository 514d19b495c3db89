package org.policytracker.uptake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.policytracker.audit.AdministrationHistory;
import org.policytracker.order.Basis;
import org.policytracker.order.Directive;
import org.policytracker.order.OrderService;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.Role;
import org.policytracker.tenant.AdministrativeChangeRefused;
import org.policytracker.uptake.query.CatalogueUsageQueries;
import org.policytracker.uptake.repository.MeasureTermsRepository;
import org.policytracker.uptake.repository.ReportingPeriodRepository;
import org.policytracker.uptake.repository.SectorRepository;
import org.policytracker.uptake.repository.VoluntaryMeasureRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators create, edit and delete voluntary measures. A measure's target and eligible sectors
 * are its terms: the ones it is created with are its first terms; a later change of either takes
 * effect from a reporting period on ({@link MeasureTerms}), so the metrics of earlier periods keep
 * the terms they had. A measure with participation reports cannot be deleted. Every change is
 * written to the administration history ("measure").
 */
@Service
public class MeasureAdministration {

    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final VoluntaryMeasureRepository measures;
    private final MeasureTermsRepository terms;
    private final SectorRepository sectors;
    private final ReportingPeriodRepository periods;
    private final OrderService orders;
    private final CatalogueUsageQueries usage;
    private final AdministrationHistory history;
    private final CurrentUser currentUser;
    private final MeasureDefinitions definitions;

    MeasureAdministration(VoluntaryMeasureRepository measures, MeasureTermsRepository terms, SectorRepository sectors,
            ReportingPeriodRepository periods, OrderService orders, CatalogueUsageQueries usage,
            AdministrationHistory history, CurrentUser currentUser, MeasureDefinitions definitions) {
        this.measures = measures;
        this.terms = terms;
        this.sectors = sectors;
        this.periods = periods;
        this.orders = orders;
        this.usage = usage;
        this.history = history;
        this.currentUser = currentUser;
        this.definitions = definitions;
    }

    /**
     * What administrators enter for a measure. {@code termsFromPeriod}: the code of the reporting period
     * from which a changed target or set of sectors applies (required when an edit changes them; not
     * used on creation, whose target and sectors are the first terms).
     */
    public record MeasureInput(String code, Long directiveId, String title, String adoptionDefinition,
            String eligiblePopulation, BigDecimal targetPercent, LocalDate targetDate, Set<String> sectors,
            String termsFromPeriod) {
    }

    /** A measure's target and sectors in force from a period on; {@code fromPeriod} null: its first terms. */
    public record TermsState(String fromPeriod, LocalDate fromDate, BigDecimal targetPercent, List<String> sectors) {
    }

    /** A measure as the admin page, the API and the history show it; its lead agency is its directive's. */
    public record MeasureState(String code, long directiveId, String directive, String leadAgency, String title,
            String adoptionDefinition, String eligiblePopulation, LocalDate targetDate, List<TermsState> terms) {

        /** The terms that apply to the latest periods. */
        public TermsState currentTerms() {
            return terms.getLast();
        }
    }

    @Transactional(readOnly = true)
    public List<MeasureState> all() {
        requireAdministrator();
        return measures.findCatalogue().stream().map(this::state).toList();
    }

    @Transactional(readOnly = true)
    public MeasureState get(String code) {
        requireAdministrator();
        return state(measure(code));
    }

    @Transactional
    public MeasureState create(MeasureInput input) {
        requireAdministrator();
        String code = input.code() == null ? "" : input.code().strip();
        if (!CODE.matcher(code).matches()) {
            throw AdministrativeChangeRefused.invalid("code", "must be 1-64 letters, digits, dots, hyphens or "
                    + "underscores, starting with a letter or digit");
        }
        if (measures.findByCode(code).isPresent()) {
            throw AdministrativeChangeRefused.conflict("code", "measure '" + code + "' already exists");
        }
        VoluntaryMeasure measure = new VoluntaryMeasure(directive(input), code, required("title", input.title(), 300),
                required("adoptionDefinition", input.adoptionDefinition(), 10_000),
                required("eligiblePopulation", input.eligiblePopulation(), 10_000), target(input),
                input.targetDate(), Basis.STATED);
        measure.getSectors().addAll(sectors(input));
        MeasureState after = state(measures.save(measure));
        history.record("measure", code, "created", null, after);
        return after;
    }

    @Transactional
    public MeasureState edit(String code, MeasureInput input) {
        requireAdministrator();
        VoluntaryMeasure measure = measure(code);
        MeasureState before = state(measure);
        measure.edit(directive(input), required("title", input.title(), 300),
                required("adoptionDefinition", input.adoptionDefinition(), 10_000),
                required("eligiblePopulation", input.eligiblePopulation(), 10_000), input.targetDate());
        BigDecimal target = target(input);
        Set<Sector> covered = sectors(input);
        TermsState current = before.currentTerms();
        boolean termsChanged = target.compareTo(current.targetPercent()) != 0
                || !ids(covered).equals(new TreeSet<>(current.sectors()));
        if (termsChanged) {
            changeTerms(measure, input.termsFromPeriod(), target, covered, current);
        }
        MeasureState after = state(measure);
        history.record("measure", code, termsChanged ? "edited; terms from " + input.termsFromPeriod().strip()
                : "edited", before, after);
        return after;
    }

    private void changeTerms(VoluntaryMeasure measure, String fromPeriodCode, BigDecimal target, Set<Sector> covered,
            TermsState current) {
        if (fromPeriodCode == null || fromPeriodCode.isBlank()) {
            throw AdministrativeChangeRefused.invalid("termsFromPeriod", "say from which reporting period the new "
                    + "target or sectors apply; earlier periods keep the terms they had");
        }
        ReportingPeriod from = periods.findByCode(fromPeriodCode.strip()).orElseThrow(() ->
                AdministrativeChangeRefused.invalid("termsFromPeriod", "no reporting period '" + fromPeriodCode.strip() + "'"));
        if (current.fromDate() != null && from.getStartsOn().isBefore(current.fromDate())) {
            throw AdministrativeChangeRefused.invalid("termsFromPeriod", "the current terms apply from "
                    + current.fromPeriod() + "; a change applies from that period or a later one");
        }
        definitions.setTerms(measure, from, target, covered);
    }

    /** Deletes a measure that no association has reported on; one with reports is refused. */
    @Transactional
    public void delete(String code) {
        requireAdministrator();
        VoluntaryMeasure measure = measure(code);
        long reports = usage.reportsOfMeasure(measure.getId());
        if (reports > 0) {
            throw AdministrativeChangeRefused.conflict("code", "measure " + code + " has " + reports
                    + " participation report" + (reports == 1 ? "" : "s") + " and cannot be deleted; "
                    + "its reports and metrics depend on it");
        }
        MeasureState before = state(measure);
        terms.deleteAll(terms.findByMeasure(measure));
        measures.delete(measure);
        history.record("measure", code, "deleted", before, null);
    }

    private MeasureState state(VoluntaryMeasure measure) {
        Directive directive = measure.getDirective();
        List<TermsState> all = new ArrayList<>();
        all.add(new TermsState(null, null, measure.getTargetPercent(), List.copyOf(ids(measure.getSectors()))));
        for (MeasureTerms change : terms.findByMeasureInOrder(measure)) {
            all.add(new TermsState(change.getFromPeriod().getCode(), change.getFromPeriod().getStartsOn(),
                    change.getTargetPercent(), List.copyOf(ids(change.getSectors()))));
        }
        return new MeasureState(measure.getCode(), directive.getId(),
                directive.getOrder().getCode() + " " + directive.getCode(), directive.getLeadAgency().getId(),
                measure.getTitle(), measure.getAdoptionDefinition(), measure.getEligiblePopulation(),
                measure.getTargetDate(), List.copyOf(all));
    }

    private VoluntaryMeasure measure(String code) {
        return measures.findByCode(code).orElseThrow(() -> AdministrativeChangeRefused.notFound("code",
                "no measure '" + code + "'"));
    }

    private Directive directive(MeasureInput input) {
        if (input.directiveId() == null) {
            throw AdministrativeChangeRefused.invalid("directive", "is required");
        }
        return orders.findDirective(input.directiveId()).orElseThrow(() -> AdministrativeChangeRefused.invalid("directive",
                "no directive with id " + input.directiveId()));
    }

    private static BigDecimal target(MeasureInput input) {
        BigDecimal target = input.targetPercent();
        if (target == null) {
            throw AdministrativeChangeRefused.invalid("targetPercent", "is required");
        }
        if (target.signum() < 0 || target.compareTo(BigDecimal.valueOf(100)) > 0 || target.scale() > 2) {
            throw AdministrativeChangeRefused.invalid("targetPercent", "must be 0-100 with at most two decimals");
        }
        return target;
    }

    private Set<Sector> sectors(MeasureInput input) {
        if (input.sectors() == null || input.sectors().isEmpty()) {
            throw AdministrativeChangeRefused.invalid("sectors", "choose at least one sector the measure applies to");
        }
        Set<Sector> chosen = new HashSet<>();
        for (String id : input.sectors()) {
            chosen.add(sectors.findById(id).orElseThrow(() -> AdministrativeChangeRefused.invalid("sectors",
                    "no sector '" + id + "'")));
        }
        return chosen;
    }

    private static TreeSet<String> ids(Set<Sector> sectors) {
        return sectors.stream().map(Sector::getId).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String required(String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            throw AdministrativeChangeRefused.invalid(field, "is required");
        }
        if (text.strip().length() > maxLength) {
            throw AdministrativeChangeRefused.invalid(field, "must be at most " + maxLength + " characters");
        }
        return text.strip();
    }

    private void requireAdministrator() {
        if (!currentUser.hasAnyRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators change voluntary measures");
        }
    }
}
