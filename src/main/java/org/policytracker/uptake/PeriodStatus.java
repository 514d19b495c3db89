package org.policytracker.uptake;

/** Whether reports can be given for a reporting period. */
public enum PeriodStatus {
    PLANNED, OPEN, CLOSED
}
