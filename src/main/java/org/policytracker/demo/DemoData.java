package org.policytracker.demo;

import java.time.LocalDate;
import java.util.List;
import org.policytracker.orderimport.OrderTextVersion;
import org.policytracker.task.TaskStatus;
import org.policytracker.tenant.TenantKind;
import org.policytracker.uptake.ReportStatus;

/**
 * The shape of a demo-data file (YAML); see src/main/resources/demo/. Task dates and report periods
 * are written as of {@code writtenAsOf}; {@link DemoPlan} places them relative to the day of a load.
 * The orders are order configuration documents (JSON, admin.OrderConfiguration) named in
 * {@code orderConfigurations}, relative to the file; {@code orderTexts} are versions of an order's text
 * (oldest first) recorded as its version history.
 */
record DemoData(LocalDate writtenAsOf, List<TenantData> tenants, List<String> orderConfigurations,
        List<OrderTextData> orderTexts, List<TaskData> tasks, List<ReportData> reports) {

    /** A version of an order's text: an excerpt, and what it says of each directive it names. */
    record OrderTextData(String order, OrderTextVersion.Kind kind, LocalDate dated, String source, String text,
            List<DirectiveWordingData> directives) {
    }

    record DirectiveWordingData(String directive, String wording, LocalDate deadline) {
    }

    record TenantData(String id, TenantKind kind, String name, List<String> sectors) {
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
