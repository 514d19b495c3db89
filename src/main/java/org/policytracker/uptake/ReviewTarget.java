package org.policytracker.uptake;

/** The owner of a report and the lead agency of its measure's directive: who may review it. */
public record ReviewTarget(long reportId, String association, String leadAgency) {
}
