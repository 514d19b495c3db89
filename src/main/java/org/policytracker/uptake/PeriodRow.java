package org.policytracker.uptake;

import java.time.LocalDate;

/** A reporting period as lists and the API show it. */
public record PeriodRow(String code, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn, PeriodStatus status) {

    static PeriodRow of(ReportingPeriod period) {
        return new PeriodRow(period.getCode(), period.getStartsOn(), period.getEndsOn(), period.getDueOn(),
                period.getStatus());
    }
}
