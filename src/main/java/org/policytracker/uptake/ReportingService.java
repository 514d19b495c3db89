package org.policytracker.uptake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;
import org.policytracker.audit.Actor;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.Role;
import org.policytracker.security.TenantUser;
import org.policytracker.uptake.query.ReportImportQueries;
import org.policytracker.uptake.repository.MeasureTermsRepository;
import org.policytracker.uptake.repository.ParticipationReportRepository;
import org.policytracker.uptake.repository.ReportingPeriodRepository;
import org.policytracker.uptake.repository.SectorRepository;
import org.policytracker.uptake.repository.VoluntaryMeasureRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Participation reporting of the signed-in user's sector association: what is due, the form's
 * drafts and submissions, corrections as new revisions, the revision history. Nothing is deleted
 * or overwritten once submitted: a correction is a new revision and the one it replaces is marked
 * superseded. The CSV import and the API write through {@link #submitAll} and {@link #submit}.
 */
@Service
public class ReportingService {

    private final ParticipationReportRepository reports;
    private final SectorRepository sectors;
    private final ReportingPeriodRepository periods;
    private final VoluntaryMeasureRepository measures;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ReportImportQueries importQueries;
    private final MeasureTermsRepository terms;
    /** Report revisions submitted and committed (by the form, the API or a CSV import): a business metric. */
    private final Counter submitted;

    ReportingService(ParticipationReportRepository reports, SectorRepository sectors,
            ReportingPeriodRepository periods, VoluntaryMeasureRepository measures, CurrentUser currentUser,
            Clock clock, ReportImportQueries importQueries, MeasureTermsRepository terms, MeterRegistry metrics) {
        this.reports = reports;
        this.sectors = sectors;
        this.periods = periods;
        this.measures = measures;
        this.currentUser = currentUser;
        this.clock = clock;
        this.importQueries = importQueries;
        this.terms = terms;
        this.submitted = Counter.builder("policytracker.reports.submitted")
                .description("Participation report revisions submitted").register(metrics);
    }

    @Transactional(readOnly = true)
    public List<Sector> mySectors() {
        return sectors.findCoveredBy(currentUser.require().tenantId());
    }

    @Transactional(readOnly = true)
    public List<ReportRow> myReports() {
        return reports.findAllForListing().stream().map(ReportRow::of).toList();
    }

    /** What a report list can be sorted by (its grid's sort properties), as paths of a report. */
    private static final Map<String, String> REPORT_SORTS = Map.of("period", "period.startsOn", "measure",
            "measure.code", "sector", "sector.name", "status", "status");
    /** A report list's order after the one asked for: newest period first, measure, sector, latest revision first. */
    private static final Sort LISTING_ORDER = Sort.by(Sort.Order.desc("period.startsOn"), Sort.Order.asc("measure.code"),
            Sort.Order.asc("sector.name"), Sort.Order.desc("revision"), Sort.Order.asc("id"));

    /**
     * One page of the association's reports, sorted in SQL by the page's sort ({@link #REPORT_SORTS}'s names)
     * and then as {@link #myReports()} lists them.
     */
    @Transactional(readOnly = true)
    public List<ReportRow> myReports(Pageable page) {
        Sort asked = Sort.by(page.getSort().stream().map(order -> {
            String path = REPORT_SORTS.get(order.getProperty());
            if (path == null) {
                throw new IllegalArgumentException("Reports cannot be sorted by " + order.getProperty()
                        + "; sortable: " + REPORT_SORTS.keySet());
            }
            return order.withProperty(path);
        }).toList());
        List<Long> ids = reports.findIdsForListing(PageRequest.of(page.getPageNumber(), page.getPageSize(),
                asked.and(LISTING_ORDER)));
        Map<Long, ParticipationReport> found = reports.findForListing(ids).stream()
                .collect(Collectors.toMap(ParticipationReport::getId, report -> report));
        return ids.stream().map(found::get).map(ReportRow::of).toList();
    }

    /** How many reports (every revision) the association has given. */
    @Transactional(readOnly = true)
    public long countMyReports() {
        return reports.count();
    }

    @Transactional(readOnly = true)
    public List<PeriodRow> periodRows() {
        return periods.findAllByOrderByStartsOnDesc().stream().map(PeriodRow::of).toList();
    }

    @Transactional(readOnly = true)
    public List<MeasureRow> measureCatalogue() {
        return measures.findCatalogue().stream().map(MeasureRow::of).toList();
    }

    /**
     * The measures that apply to the association's sectors in the reporting period, each with the target
     * and sectors in force there ({@link MeasureTerms}), for the form's and the CSV template's choices.
     * Without a period (none chosen yet): the terms of the latest period that has started.
     */
    @Transactional(readOnly = true)
    public List<MeasureRow> myMeasures(String periodCode) {
        List<String> mine = mySectors().stream().map(Sector::getId).toList();
        ReportingPeriod period = periodCode == null ? latestStarted() : periods.findByCode(periodCode).orElse(null);
        EligibleSectors inForce = new EligibleSectors(terms.findAllForReporting());
        return measures.findCatalogue().stream().map(measure -> inForce.row(measure, period))
                .filter(m -> m.sectors().stream().anyMatch(mine::contains)).toList();
    }

    private ReportingPeriod latestStarted() {
        LocalDate today = LocalDate.now(clock);
        return periods.findAllByOrderByStartsOnDesc().stream().filter(p -> !p.getStartsOn().isAfter(today))
                .findFirst().orElse(null);
    }

    /** One revision of the association's reports. */
    @Transactional(readOnly = true)
    public Optional<ReportRow> myReport(long id) {
        return reports.findById(id).map(ReportRow::of);
    }

    /** Every revision of one report, newest first. */
    @Transactional(readOnly = true)
    public List<ReportRow> history(String measure, String sector, String period) {
        return reports.findHistory(measure, sector, period).stream().map(ReportRow::of).toList();
    }

    /**
     * Per reporting period (planned ones excepted), measure and covered sector: the latest revision's
     * status, or due / late when nothing has been submitted by the period's due date.
     */
    @Transactional(readOnly = true)
    public List<Obligation> obligations() {
        return obligationsOf(currentUser.require().tenantId());
    }

    /**
     * The obligations of one association, read in its tenant scope: for a system job (the reminders),
     * inside {@code TenantTransactions.writeAs(association, ...)}, which makes its reports the visible ones.
     */
    @Transactional(readOnly = true)
    public List<Obligation> obligationsOf(String association) {
        List<Sector> mine = sectors.findCoveredBy(association);
        List<ReportingPeriod> reporting = periods.findAllByOrderByStartsOnDesc().stream()
                .filter(p -> p.getStatus() != PeriodStatus.PLANNED).toList();
        Map<ReportInput.Slot, ParticipationReport> latest = latestOf(reports.findAllInPeriods(reporting));
        LocalDate today = LocalDate.now(clock);
        List<VoluntaryMeasure> catalogue = measures.findCatalogue();
        EligibleSectors eligible = new EligibleSectors(terms.findAllForReporting());
        List<Obligation> owed = new ArrayList<>();
        for (ReportingPeriod period : reporting) {
            for (VoluntaryMeasure measure : catalogue) {
                Set<String> eligibleSectors = eligible.of(measure, period);
                for (Sector sector : mine) {
                    if (!eligibleSectors.contains(sector.getId())) {
                        continue;
                    }
                    ParticipationReport report = latest.get(new ReportInput.Slot(measure.getCode(), sector.getId(),
                            period.getCode()));
                    owed.add(new Obligation(period.getCode(), period.getStatus(), period.getDueOn(), measure.getCode(),
                            measure.getTitle(), sector.getId(), sector.getName(), stateOf(report, period, today),
                            report == null ? null : report.getRevision()));
                }
            }
        }
        return owed;
    }

    private static Obligation.State stateOf(ParticipationReport report, ReportingPeriod period, LocalDate today) {
        boolean late = today.isAfter(period.getDueOn());
        if (report == null) {
            return late ? Obligation.State.LATE : Obligation.State.DUE;
        }
        return switch (report.getStatus()) {
            case DRAFT -> late ? Obligation.State.LATE : Obligation.State.DRAFT;
            case SUBMITTED, SUPERSEDED -> Obligation.State.SUBMITTED;
            case RETURNED -> Obligation.State.RETURNED;
            case ACCEPTED -> Obligation.State.ACCEPTED;
        };
    }

    /** Saves the report as a draft: a new draft revision, or changes to the draft not yet submitted. */
    @Transactional
    public ReportRow saveDraft(ReportInput input) {
        return ReportRow.of(writeOne(input, false));
    }

    /**
     * Submits the report for review: the first revision, the pending draft, or a correction (a new
     * revision that supersedes the latest one).
     */
    @Transactional
    public ReportRow submit(ReportInput input) {
        return ReportRow.of(writeOne(input, true));
    }

    private ParticipationReport writeOne(ReportInput input, boolean submit) {
        ReportingCatalogue catalogue = catalogue();
        List<ReportViolation> violations = catalogue.check(input);
        if (!violations.isEmpty()) {
            throw new ReportRejectedException(violations);
        }
        ParticipationReport latest = reports.findFirstByMeasureAndSectorAndPeriodOrderByRevisionDesc(
                catalogue.measure(input.measure()), catalogue.sector(input.sector()), catalogue.period(input.period()))
                .orElse(null);
        try {
            ParticipationReport written = write(catalogue, input, latest, submit, Actor.current(), Instant.now(clock));
            reports.flush();
            if (submit) {
                countOnceCommitted(1);
            }
            return written;
        } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException concurrent) {
            throw new ReportRejectedException(new ReportViolation("revision", "this report was changed at the same "
                    + "time by someone else; reload its history and try again", ReportViolation.Kind.CONFLICT));
        }
    }

    /**
     * Submits many checked reports in the caller's transaction (the CSV import's commit): the latest
     * revision of every report is looked up once for all rows. A pending draft is submitted as the form
     * submits it; every other row is a new revision, and those are written together, outside the
     * persistence context ({@link ReportImportQueries#insertSubmitted}), in the same transaction and the
     * same audit revision as the revisions they supersede. The CSV has no evidence links.
     */
    @Transactional
    int submitAll(ReportingCatalogue catalogue, List<ReportInput> inputs) {
        requireReporter();
        importQueries.batchTheWritesOfThisTransaction();
        List<ReportingPeriod> involved = inputs.stream().map(i -> catalogue.period(i.period())).distinct().toList();
        Map<ReportInput.Slot, ParticipationReport> latest = latestOf(reports.findAllInPeriods(involved));
        String actor = Actor.current();
        Instant now = Instant.now(clock);
        List<ReportImportQueries.NewRevision> added = new ArrayList<>();
        for (ReportInput input : inputs) {
            if (!input.evidenceLinks().isEmpty()) {
                throw new IllegalArgumentException("The CSV import writes no evidence links; row " + input.slot()
                        + " has some");
            }
            ParticipationReport previous = latest.get(input.slot());
            if (previous != null && previous.getStatus() == ReportStatus.DRAFT) {
                write(catalogue, input, previous, true, actor, now);
                continue;
            }
            if (previous != null && previous.getStatus() != ReportStatus.SUPERSEDED) {
                previous.supersede();
            }
            added.add(new ReportImportQueries.NewRevision(catalogue.measure(input.measure()).getId(),
                    catalogue.sector(input.sector()).getId(), catalogue.period(input.period()).getId(),
                    previous == null ? 1 : previous.getRevision() + 1, previous == null ? null : previous.getId(),
                    input.eligibleCount(), input.participatingCount(), input.verifiedCount(), input.evidenceNote()));
        }
        importQueries.insertSubmitted(added, actor, now);
        countOnceCommitted(inputs.size());
        return inputs.size();
    }

    private ParticipationReport write(ReportingCatalogue catalogue, ReportInput input, ParticipationReport latest,
            boolean submit, String actor, Instant now) {
        ParticipationReport report;
        if (latest != null && latest.getStatus() == ReportStatus.DRAFT) {
            report = latest;
            report.revise(input.eligibleCount(), input.participatingCount(), input.verifiedCount(), input.evidenceNote());
        } else {
            report = new ParticipationReport(catalogue.measure(input.measure()), catalogue.sector(input.sector()),
                    catalogue.period(input.period()), latest == null ? 1 : latest.getRevision() + 1, latest,
                    input.eligibleCount(), input.participatingCount(), input.verifiedCount(), input.evidenceNote());
        }
        report.addEvidenceLinks(input.evidenceLinks().stream()
                .map(link -> new EvidenceLink(link.label().strip(), link.url().strip())).toList());
        if (submit) {
            report.submit(actor, now);
            ParticipationReport replaced = report.getSupersedes();
            if (replaced != null && replaced.getStatus() != ReportStatus.SUPERSEDED) {
                replaced.supersede();
            }
        }
        return report.getId() == null ? reports.save(report) : report;
    }

    /** Counts the submitted revisions in the business metric once the transaction has committed. */
    private void countOnceCommitted(int revisions) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                submitted.increment(revisions);
            }
        });
    }

    /** The catalogue as the signed-in association may report against it; reporters only. */
    @Transactional(readOnly = true)
    ReportingCatalogue catalogue() {
        TenantUser user = requireReporter();
        return new ReportingCatalogue(measures.findCatalogue(), sectors.findAll(), periods.findAll(),
                sectors.findCoveredBy(user.tenantId()), new EligibleSectors(terms.findAllForReporting()));
    }

    /** The latest revision of each report among the given ones. */
    static Map<ReportInput.Slot, ParticipationReport> latestOf(Collection<ParticipationReport> revisions) {
        BinaryOperator<ParticipationReport> newer = (a, b) -> a.getRevision() >= b.getRevision() ? a : b;
        return revisions.stream().collect(Collectors.toMap(
                r -> new ReportInput.Slot(r.getMeasure().getCode(), r.getSector().getId(), r.getPeriod().getCode()),
                r -> r, newer, HashMap::new));
    }

    private TenantUser requireReporter() {
        TenantUser user = currentUser.require();
        if (!user.hasRole(Role.SECTOR_REPORTER)) {
            throw new AccessDeniedException("Only sector reporters report participation");
        }
        return user;
    }
}
