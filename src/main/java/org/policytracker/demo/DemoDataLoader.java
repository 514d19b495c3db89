package org.policytracker.demo;

import static org.policytracker.demo.DemoData.orEmpty;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.policytracker.admin.ImportPreview;
import org.policytracker.admin.OrderConfiguration;
import org.policytracker.admin.OrderConfigurationDocument;
import org.policytracker.admin.OrderConfigurationDocument.PeriodEntry;
import org.policytracker.audit.Actor;
import org.policytracker.demo.DemoData.OrderTextData;
import org.policytracker.demo.DemoData.ReportData;
import org.policytracker.demo.DemoData.TaskData;
import org.policytracker.order.Directive;
import org.policytracker.order.ExecutiveOrder;
import org.policytracker.order.repository.DirectiveRepository;
import org.policytracker.order.repository.ExecutiveOrderRepository;
import org.policytracker.orderimport.OrderTextImport;
import org.policytracker.orderimport.OrderTextImport.KnownVersion;
import org.policytracker.orderimport.OrderTextImport.KnownWording;
import org.policytracker.security.AppUser;
import org.policytracker.security.DemoUserDirectory;
import org.policytracker.security.Role;
import org.policytracker.security.repository.AppUserRepository;
import org.policytracker.task.Task;
import org.policytracker.task.repository.TaskRepository;
import org.policytracker.tenant.Tenant;
import org.policytracker.tenant.TenantTransactions;
import org.policytracker.tenant.repository.TenantRepository;
import org.policytracker.uptake.ParticipationReport;
import org.policytracker.uptake.repository.ParticipationReportRepository;
import org.policytracker.uptake.ReportStatus;
import org.policytracker.uptake.ReportingPeriod;
import org.policytracker.uptake.repository.ReportingPeriodRepository;
import org.policytracker.uptake.VoluntaryMeasure;
import org.policytracker.uptake.repository.VoluntaryMeasureRepository;
import org.policytracker.uptake.Sector;
import org.policytracker.uptake.repository.SectorRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loads a demo-data file placed as of today ({@link DemoPlan}: task dates and report quarters move
 * with the clock, orders keep their real dates, the quarters of the reporting calendar are
 * generated). It adds every tenant, user, sector, calendar quarter, order, directive, measure, task
 * and report series that is not there yet (matched by natural keys), and changes nothing that is; the
 * orders are order configuration documents, imported through admin's {@link OrderConfiguration}, the
 * one loader of orders (with the calendar quarters, and recorded in the administration history). So
 * it can run at every start, and a second run, on the same day or a later one, adds nothing but the
 * calendar quarters begun since. Tenant-owned rows are written inside their tenant's scope; every
 * write is attributed to {@value #ACTOR}. A row that another writer added between the check and the
 * insert (a unique-key clash) is left to that writer: the load reads again and skips it.
 */
@Service
public class DemoDataLoader {

    static final String ACTOR = "system:demo-data";
    /** How long after its submission the lead agency accepted a demo report (or now, if sooner). */
    private static final Duration REVIEW_TIME = Duration.ofDays(7);
    /** Loads tried before a clash with rows written meanwhile stops the load (each clash is another row). */
    private static final int ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final TransactionTemplate transaction;
    private final TenantTransactions tenantTransactions;
    private final DemoUserDirectory users;
    private final TenantRepository tenants;
    private final AppUserRepository appUsers;
    private final SectorRepository sectors;
    private final ReportingPeriodRepository periods;
    private final ExecutiveOrderRepository orders;
    private final DirectiveRepository directives;
    private final VoluntaryMeasureRepository measures;
    private final TaskRepository tasks;
    private final ParticipationReportRepository reports;
    private final Clock clock;
    private final OrderConfiguration orderConfiguration;
    private final OrderTextImport orderTexts;

    DemoDataLoader(Clock clock, OrderConfiguration orderConfiguration, OrderTextImport orderTexts, TransactionTemplate transaction, TenantTransactions tenantTransactions,
            DemoUserDirectory users, TenantRepository tenants, AppUserRepository appUsers, SectorRepository sectors,
            ReportingPeriodRepository periods, ExecutiveOrderRepository orders, DirectiveRepository directives,
            VoluntaryMeasureRepository measures, TaskRepository tasks, ParticipationReportRepository reports) {
        this.transaction = transaction;
        this.tenantTransactions = tenantTransactions;
        this.users = users;
        this.tenants = tenants;
        this.appUsers = appUsers;
        this.sectors = sectors;
        this.periods = periods;
        this.orders = orders;
        this.directives = directives;
        this.measures = measures;
        this.tasks = tasks;
        this.reports = reports;
        this.clock = clock;
        this.orderConfiguration = orderConfiguration;
        this.orderTexts = orderTexts;
    }

    /** What one load added. */
    public record LoadResult(int shared, int tasks, int reports) {
        public int total() {
            return shared + tasks + reports;
        }
    }

    /** Loads the file placed as of today (the injected clock's date). */
    public LoadResult load(Resource file) {
        return load(file, clock);
    }

    /** Loads the file placed as of the given clock's date, with report timestamps from that clock. */
    LoadResult load(Resource file, Clock loadClock) {
        DemoData data = read(file);
        List<OrderConfigurationDocument> orderDocuments = orderDocuments(file, data);
        DemoPlan plan = plan(data, orderDocuments, LocalDate.now(loadClock));
        for (int attempt = 1; ; attempt++) {
            try {
                return loadOnce(file, data, orderDocuments, plan, loadClock);
            } catch (DataIntegrityViolationException clash) {
                // A row with the same natural key was written meanwhile (a request during start-up): it
                // is the other writer's. Reading again finds it and adds only what is still missing.
                if (attempt == ATTEMPTS) {
                    throw clash;
                }
                log.warn("Demo data clashed with a row written meanwhile ({}); reading again and adding what is still"
                        + " missing", clash.getMostSpecificCause().getMessage());
            }
        }
    }

    private LoadResult loadOnce(Resource file, DemoData data, List<OrderConfigurationDocument> orderDocuments,
            DemoPlan plan, Clock loadClock) {
        return Actor.callAs(ACTOR, () -> {
            int shared = transaction.execute(status -> loadShared(data, orderDocuments, plan));
            int taskCount = 0;
            for (Map.Entry<String, List<TaskData>> byTenant : groupBy(plan.tasks(), TaskData::tenant).entrySet()) {
                taskCount += tenantTransactions.writeAs(byTenant.getKey(),
                        () -> loadTasks(byTenant.getValue(), loadClock));
            }
            int reportCount = 0;
            for (Map.Entry<String, List<ReportData>> byTenant : groupBy(plan.reports(), ReportData::tenant).entrySet()) {
                reportCount += tenantTransactions.writeAs(byTenant.getKey(),
                        () -> loadReports(byTenant.getValue(), loadClock));
            }
            LoadResult result = new LoadResult(shared, taskCount, reportCount);
            log.info("Demo data from {} (written as of {}, placed as of {}: task dates +{} days, reports +{} quarters): "
                    + "added {} shared rows, {} tasks, {} reports", file.getFilename(), data.writtenAsOf(), plan.asOf(),
                    plan.daysMoved(), plan.quartersMoved(), result.shared(), result.tasks(), result.reports());
            return result;
        });
    }

    /** The file placed as of the day. */
    DemoPlan plan(Resource file, LocalDate day) {
        DemoData data = read(file);
        return plan(data, orderDocuments(file, data), day);
    }

    private static DemoPlan plan(DemoData data, List<OrderConfigurationDocument> orderDocuments, LocalDate day) {
        return DemoPlan.of(data, orderDocuments.stream().map(document -> document.order().signedOn()).toList(), day);
    }

    /** The order configuration documents the file names, read and checked against their schema. */
    private List<OrderConfigurationDocument> orderDocuments(Resource file, DemoData data) {
        return orEmpty(data.orderConfigurations()).stream().map(name -> {
            try (InputStream in = file.createRelative(name).getInputStream()) {
                return orderConfiguration.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the order configuration " + name + " of " + file, e);
            }
        }).toList();
    }

    static DemoData read(Resource file) {
        YAMLMapper mapper = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = file.getInputStream()) {
            return mapper.readValue(in, DemoData.class);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read demo data " + file, e);
        }
    }

    /**
     * The tenants, the orders (through the order configuration import, which adds what is missing and
     * changes nothing: the reporting calendar goes with the first order), the sectors the associations
     * cover and the users.
     */
    private int loadShared(DemoData data, List<OrderConfigurationDocument> orderDocuments, DemoPlan plan) {
        int added = 0;
        for (DemoData.TenantData tenant : orEmpty(data.tenants())) {
            if (!tenants.existsById(tenant.id())) {
                tenants.save(new Tenant(tenant.id(), tenant.kind(), tenant.name()));
                added++;
            }
        }
        List<PeriodEntry> calendar = plan.calendar().stream().map(period -> new PeriodEntry(period.code(),
                period.startsOn(), period.endsOn(), period.dueOn(), period.status())).toList();
        for (OrderConfigurationDocument document : orderDocuments) {
            ImportPreview done = orderConfiguration.addMissing(document.withPeriods(calendar));
            added += (int) done.count(ImportPreview.Outcome.ADDED);
        }
        added += recordOrderTexts(data);
        sectors.flush();
        for (DemoData.TenantData tenant : orEmpty(data.tenants())) {
            orEmpty(tenant.sectors()).forEach(sector -> sectors.coverSector(tenant.id(), sector));
        }
        for (var user : users.all()) {
            if (user.tenantId() != null && !appUsers.existsById(user.username())) {
                appUsers.save(new AppUser(user.username(), user.tenantId(), user.displayName(), user.email(),
                        user.roles()));
                added++;
            }
        }
        return added;
    }

    /** The versions of each order's text, as its version history, unless the order has one already. */
    private int recordOrderTexts(DemoData data) {
        int added = 0;
        for (Map.Entry<String, List<OrderTextData>> byOrder : groupBy(data.orderTexts(), OrderTextData::order).entrySet()) {
            List<KnownVersion> versions = byOrder.getValue().stream().map(text -> new KnownVersion(text.kind(), text.dated(),
                    text.source(), text.text(), orEmpty(text.directives()).stream()
                            .map(d -> new KnownWording(d.directive(), d.wording(), d.deadline())).toList()))
                    .toList();
            if (orderTexts.recordKnownVersions(byOrder.getKey(), versions)) {
                added += versions.size();
            }
        }
        return added;
    }

    private int loadTasks(List<TaskData> tenantTasks, Clock loadClock) {
        int added = 0;
        for (TaskData data : tenantTasks) {
            ExecutiveOrder order = orders.findByCode(data.order())
                    .orElseThrow(() -> new IllegalStateException("Task '" + data.title() + "' names unknown order " + data.order()));
            Directive directive = directives.findByOrderAndCode(order, data.directive())
                    .orElseThrow(() -> new IllegalStateException("Task '" + data.title() + "' names unknown directive " + data.directive()));
            if (tasks.findByDirectiveAndTitle(directive, data.title()).isPresent()) {
                continue;
            }
            // the task's history as the file tells it: created when it starts, active at each update
            Instant created = notAfterNow(data.startOn(), loadClock);
            Task task = new Task(directive, data.title(), data.description(), created);
            task.setOwnerUsername(data.owner());
            task.setSchedule(data.startOn(), data.dueOn());
            task.setProgress(data.status(), data.percentComplete(), data.statusReason(), data.completedOn());
            orEmpty(data.milestones()).forEach(m -> task.addMilestone(m.title(), m.dueOn(), m.done()));
            orEmpty(data.evidence()).forEach(e -> task.addEvidenceLink(e.label(), e.url(), data.owner(), created));
            orEmpty(data.updates()).forEach(u -> task.addProgressUpdate(u.reportedOn(), u.narrative(), u.author(),
                    notAfterNow(u.reportedOn(), loadClock)));
            tasks.save(task);
            added++;
        }
        return added;
    }

    /** Nine in the morning of the day, or now if that is later than now or there is no day. */
    private static Instant notAfterNow(LocalDate day, Clock loadClock) {
        Instant now = loadClock.instant();
        if (day == null) {
            return now;
        }
        Instant morning = day.atTime(9, 0).atZone(loadClock.getZone()).toInstant();
        return morning.isBefore(now) ? morning : now;
    }

    /**
     * Adds the reports of each series (association, measure, sector) that the association has no
     * report of yet, in any period: the series are placed relative to today's quarter, so on a later
     * day they would land in other quarters, and a series someone has started is theirs.
     */
    private int loadReports(List<ReportData> associationReports, Clock loadClock) {
        int added = 0;
        Map<String, List<ReportData>> bySeries = groupBy(associationReports, data -> data.measure() + "/" + data.sector());
        for (List<ReportData> series : bySeries.values()) {
            VoluntaryMeasure measure = measures.findByCode(series.getFirst().measure())
                    .orElseThrow(() -> new IllegalStateException("Report names unknown measure " + series.getFirst().measure()));
            Sector sector = sectors.findById(series.getFirst().sector())
                    .orElseThrow(() -> new IllegalStateException("Report names unknown sector " + series.getFirst().sector()));
            if (reports.existsByMeasureAndSector(measure, sector)) { // in the association's tenant scope
                continue;
            }
            for (ReportData data : series) {
                reports.save(report(data, measure, sector, loadClock));
                added++;
            }
        }
        return added;
    }

    private ParticipationReport report(ReportData data, VoluntaryMeasure measure, Sector sector, Clock loadClock) {
        ReportingPeriod period = periods.findByCode(data.period())
                .orElseThrow(() -> new IllegalStateException("Report names unknown period " + data.period()));
        ParticipationReport report = new ParticipationReport(measure, sector, period, 1, null,
                data.eligibleCount(), data.participatingCount(), data.verifiedCount(), data.evidenceNote());
        if (data.status() != ReportStatus.DRAFT) {
            // submitted by the period's due date, or now for a period not yet due
            Instant now = loadClock.instant();
            Instant due = period.getDueOn().atStartOfDay(loadClock.getZone()).toInstant();
            Instant submitted = due.isBefore(now) ? due : now;
            report.submit(data.submittedBy(), submitted);
            if (data.status() == ReportStatus.ACCEPTED) {
                Instant reviewed = submitted.plus(REVIEW_TIME);
                report.accept(reviewerFor(measure), reviewed.isBefore(now) ? reviewed : now, "Accepted (demo data)");
            }
        }
        return report;
    }

    /** A program manager of the agency that leads the measure's directive. */
    private String reviewerFor(VoluntaryMeasure measure) {
        String lead = measure.getDirective().getLeadAgency().getId();
        return appUsers.findByTenantIdOrderByDisplayName(lead).stream()
                .filter(user -> user.getRoles().contains(Role.PROGRAM_MANAGER))
                .map(AppUser::getUsername).findFirst().orElse(ACTOR);
    }

    private Tenant tenant(String id) {
        return tenants.findById(id).orElseThrow(() -> new IllegalStateException("Unknown tenant " + id));
    }

    private static <T> Map<String, List<T>> groupBy(List<T> items, Function<T, String> key) {
        return orEmpty(items).stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }
}
