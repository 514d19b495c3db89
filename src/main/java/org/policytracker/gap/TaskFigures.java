package org.policytracker.gap;

/**
 * Task metrics of one group of current tasks (a directive, or one agency's tasks on a directive),
 * as of a day: execution (mean percent complete), the schedule gap (overdue open tasks, their days
 * late as median and maximum, on-time completion rate), staleness of open tasks and completions
 * in the velocity window. Nullable figures are undefined for the group (e.g. no overdue task).
 */
public record TaskFigures(long tasks, Double execution, long openTasks, long overdueTasks, Double medianDaysLate,
        Integer maxDaysLate, long doneTasks, long doneWithDueDate, long doneOnTime, Double meanStaleDays,
        Integer maxStaleDays, long staleOpenTasks, long recentCompletions) {

    public static final TaskFigures NONE = new TaskFigures(0, null, 0, 0, null, null, 0, 0, 0, null, null, 0, 0);

    /** Done tasks completed on or before their due date / done tasks with a due date, 0-100. */
    public Double onTimeRate() {
        return doneWithDueDate == 0 ? null : 100.0 * doneOnTime / doneWithDueDate;
    }
}
