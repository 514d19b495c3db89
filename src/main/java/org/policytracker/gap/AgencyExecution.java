package org.policytracker.gap;

/** One agency's share of a directive's task figures (drill-down: directive -> agencies). */
public record AgencyExecution(String agencyId, String name, TaskFigures tasks) {
}
