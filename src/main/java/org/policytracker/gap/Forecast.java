package org.policytracker.gap;

import java.time.LocalDate;

/**
 * Projected completion of a directive's open tasks from its recent velocity (tasks completed in the
 * velocity window per day), against its deadline. {@code projectedOn} is null when nothing is open
 * ({@code complete}) or when nothing was completed in the window (no velocity, no projection);
 * {@code daysLate} is projected minus deadline (negative: early), null without both dates.
 */
public record Forecast(boolean complete, Double tasksPerWeek, LocalDate projectedOn, LocalDate deadline,
        Long daysLate) {

    public String describe() {
        if (complete) {
            return "All tasks done";
        }
        if (projectedOn == null) {
            return "No projection: no task completed in the velocity window";
        }
        if (daysLate == null) {
            return "Projected " + projectedOn + " (no deadline)";
        }
        return daysLate > 0 ? "Projected " + projectedOn + ", " + daysLate + " days after the deadline"
                : "Projected " + projectedOn + ", " + (-daysLate) + " days before the deadline";
    }
}
