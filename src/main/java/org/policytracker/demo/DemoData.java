package org.policytracker.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.policytracker.order.Basis;
import org.policytracker.order.DirectiveKind;
import org.policytracker.order.OrderStatus;
import org.policytracker.order.Priority;
import org.policytracker.order.VersionBasis;
import org.policytracker.task.TaskStatus;
import org.policytracker.tenant.TenantKind;
import org.policytracker.uptake.ReportStatus;

/**
 * The shape of a demo-data file (YAML); see src/main/resources/demo/. Task dates and report periods
 * are written as of {@code writtenAsOf}; {@link DemoPlan} places them relative to the day of a load.
 */
record DemoData(LocalDate writtenAsOf, List<TenantData> tenants, List<SectorData> sectors, List<OrderData> orders,
        List<TaskData> tasks, List<ReportData> reports) {

    record TenantData(String id, TenantKind kind, String name, List<String> sectors) {
    }

    record SectorData(String id, String name, String description, String source) {
    }

    record OrderData(String code, String title, LocalDate signedOn, OrderStatus status, String summary,
            List<SourceData> sources, List<VersionData> versions, List<DirectiveData> directives) {
    }

    record SourceData(String title, String reference, String url) {
    }

    record VersionData(String label, LocalDate effectiveOn, String summary, VersionBasis basis) {
    }

    record DirectiveData(String code, String title, String summary, DirectiveKind kind, String leadAgency,
            List<String> supportingAgencies, LocalDate deadline, Basis deadlineBasis, Priority priority,
            String source, List<MeasureData> measures) {
    }

    record MeasureData(String code, String title, String adoptionDefinition, String eligiblePopulation,
            BigDecimal targetPercent, LocalDate targetDate, Basis targetBasis, List<String> sectors) {
    }

    record TaskData(String tenant, String order, String directive, String title, String description, String owner,
            TaskStatus status, int percentComplete, LocalDate startOn, LocalDate dueOn, LocalDate completedOn,
            String statusReason, List<MilestoneData> milestones, List<EvidenceData> evidence,
            List<UpdateData> updates) {

        /** The same task with every date (schedule, completion, milestones, updates) that many days later. */
        TaskData movedBy(long days) {
            return new TaskData(tenant, order, directive, title, description, owner, status, percentComplete,
                    plusDays(startOn, days), plusDays(dueOn, days), plusDays(completedOn, days), statusReason,
                    orEmpty(milestones).stream().map(m -> new MilestoneData(m.title(), plusDays(m.dueOn(), days), m.done()))
                            .toList(),
                    orEmpty(evidence),
                    orEmpty(updates).stream().map(u -> new UpdateData(plusDays(u.reportedOn(), days), u.author(), u.narrative()))
                            .toList());
        }
    }

    record MilestoneData(String title, LocalDate dueOn, boolean done) {
    }

    record EvidenceData(String label, String url) {
    }

    record UpdateData(LocalDate reportedOn, String author, String narrative) {
    }

    record ReportData(String tenant, String measure, String sector, String period, int eligibleCount,
            int participatingCount, int verifiedCount, ReportStatus status, String evidenceNote,
            String submittedBy) {

        ReportData inPeriod(String code) {
            return new ReportData(tenant, measure, sector, code, eligibleCount, participatingCount, verifiedCount,
                    status, evidenceNote, submittedBy);
        }
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static LocalDate plusDays(LocalDate day, long days) {
        return day == null ? null : day.plusDays(days);
    }
}
