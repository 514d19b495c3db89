package org.policytracker.task;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.policytracker.task.repository.TaskRepository;
import org.policytracker.tenant.CrossTenantReader;
import org.policytracker.tenant.Tenant;
import org.policytracker.tenant.TenantService;
import org.springframework.stereotype.Service;

/**
 * What the directive page (and whoever else asks) reads about the progress of the tasks on one
 * directive: the tasks the user may see row by row, and every agency's pace as aggregates.
 */
@Service
public class DirectiveProgress {

    private final TaskRepository tasks;
    private final TaskQueries queries;
    private final TenantService tenants;
    private final CrossTenantReader crossTenant;

    DirectiveProgress(TaskRepository tasks, TaskQueries queries, TenantService tenants,
            CrossTenantReader crossTenant) {
        this.tasks = tasks;
        this.queries = queries;
        this.tenants = tenants;
        this.crossTenant = crossTenant;
    }

    /** How one agency progresses on a directive: task counts by status and mean percent complete. */
    public record AgencyProgress(String agencyId, String agencyName, Map<TaskStatus, Long> countByStatus,
            long taskCount, double meanPercent) {
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
        return queries.readAsAllowed(() -> {
            Map<String, String> names = queries.directoryNames();
            return tasks.findByDirectiveForListing(directiveId).stream().map(task -> queries.row(task, names))
                    .toList();
        });
    }
}
