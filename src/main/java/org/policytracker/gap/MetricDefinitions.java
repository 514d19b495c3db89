package org.policytracker.gap;

import java.util.List;

/**
 * The written definition of every gap metric, shown in the app (dashboard "How is this computed?"
 * and the PDF report) and in docs/metrics.md, which states the same text.
 */
public final class MetricDefinitions {

    /** One metric: its name and how it is computed from which rows. */
    public record Definition(String key, String name, String definition) {
    }

    public static final List<Definition> ALL = List.of(
            new Definition("inputs", "Inputs",
                    "Current tasks (all agencies, as they are now) and accepted participation reports: of each "
                            + "association, measure, sector and period only the latest accepted revision counts (a "
                            + "correction supersedes the revision it replaces, and the database keeps at most one "
                            + "accepted revision per report); drafts, submitted, returned and superseded revisions "
                            + "never count."),
            new Definition("execution", "Execution",
                    "Mean percent complete of the directive's tasks, 0-100. Undefined without tasks."),
            new Definition("schedule", "Schedule gap",
                    "Overdue open tasks (not DONE, due date before today); their days late (today - due date) as "
                            + "median and maximum; on-time completion rate = DONE tasks completed on or before "
                            + "their due date / DONE tasks with a due date."),
            new Definition("uptake", "Uptake and uptake gap",
                    "Uptake of a measure (or one sector of it) in the period = sum of participating / sum of "
                            + "eligible over accepted reports x 100; undefined when nothing is eligible. Uptake gap "
                            + "= target - uptake in percentage points (negative: above target). A measure's target "
                            + "and eligible sectors are the terms in force for the period: a change of terms applies "
                            + "from a reporting period on, and earlier periods keep the terms they had."),
            new Definition("verification", "Verification gap",
                    "Participating - independently verified organisations over accepted reports: self-reported, "
                            + "unverified participation (also shown as a share of participating)."),
            new Definition("coverage", "Coverage gap",
                    "Eligible sectors of a measure with no accepted report for the period: the selected period, "
                            + "by default the latest period that has ended (before any has ended, the latest that "
                            + "has started)."),
            new Definition("staleness", "Staleness",
                    "Days since the last update of each open task (today - last activity); mean and maximum per "
                            + "directive, and open tasks not updated for longer than the stale period (its length is listed with the "
                            + "weights under the dashboard)."),
            new Definition("index", "Implementation gap index",
                    "0 = fully implemented, 100 = nothing happened. Weighted mean of the components defined for a "
                            + "directive (the configured weights, listed under the dashboard, renormalised over the defined "
                            + "components): " + componentFormulas() + ". The overall index is the mean over "
                            + "directives that have one."),
            new Definition("status", "Directive status",
                    "Off track: gap index at or above the off-track threshold, or completion projected after the "
                            + "deadline; at risk: index at or above the at-risk threshold; on track otherwise; no data: no "
                            + "tasks and no measures. Both thresholds are listed under the dashboard."),
            new Definition("trend", "Trend",
                    "Per reporting period: uptake, verification and coverage from that period's accepted reports; "
                            + "tasks completed by the period's end and tasks overdue at its end, from the current "
                            + "tasks' due and completion dates."),
            new Definition("forecast", "Projected completion",
                    "Velocity = tasks completed in the velocity window (its length is listed under the dashboard) / its days; projected date = "
                            + "today + open tasks / velocity, compared with the directive's deadline. No "
                            + "projection when nothing was completed in the window."));

    private MetricDefinitions() {
    }

    private static String componentFormulas() {
        StringBuilder text = new StringBuilder();
        for (GapComponent component : GapComponent.values()) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(component.label()).append(" = ").append(component.formula());
        }
        return text.toString();
    }

    public static Definition get(String key) {
        return ALL.stream().filter(d -> d.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No metric " + key));
    }
}
