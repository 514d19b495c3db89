package org.policytracker.uptake;

/**
 * One reason a report is refused, naming the field (as the API's JSON, the CSV header and the form
 * call it). The kind tells a plain mistake from a sector the association may not report for and
 * from a reporting period that does not take reports.
 */
public record ReportViolation(String field, String message, Kind kind) {

    public enum Kind {
        INVALID, NOT_YOURS, PERIOD_NOT_OPEN, CONFLICT
    }

    public static ReportViolation invalid(String field, String message) {
        return new ReportViolation(field, message, Kind.INVALID);
    }
}
