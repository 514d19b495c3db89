package org.policytracker.uptake;

/** A report as others discuss it: who owns it, which agency reviews it, and how to name it. */
public record ReportSubject(ReportRow report, String association, String leadAgency, String label) {
}
