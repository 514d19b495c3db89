package org.policytracker.gap.query;

/**
 * A group's current tasks as they stood at the end of one trend period (the period's last day, or
 * the as-of day if earlier): how many there are, how many were completed by then, how many were
 * overdue then.
 */
public record PeriodTaskCounts(long tasks, long completedByEnd, long overdueAtEnd) {

    public static final PeriodTaskCounts NONE = new PeriodTaskCounts(0, 0, 0);

    public PeriodTaskCounts plus(PeriodTaskCounts other) {
        return new PeriodTaskCounts(tasks + other.tasks, completedByEnd + other.completedByEnd,
                overdueAtEnd + other.overdueAtEnd);
    }
}
