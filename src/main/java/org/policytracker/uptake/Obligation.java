package org.policytracker.uptake;

import java.time.LocalDate;

/**
 * A report the association owes: one measure and covered sector in one reporting period, with
 * where it stands (its latest revision's status, or due / late when nothing was submitted).
 */
public record Obligation(String periodCode, PeriodStatus periodStatus, LocalDate dueOn, String measureCode,
        String measureTitle, String sectorId, String sectorName, State state, Integer latestRevision) {

    public enum State {
        DUE, LATE, DRAFT, SUBMITTED, RETURNED, ACCEPTED
    }

    public boolean open() {
        return periodStatus == PeriodStatus.OPEN;
    }
}
