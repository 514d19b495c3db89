package org.policytracker.gap;

import java.time.LocalDate;

/** A current task behind a directive's figures (drill-down: agency -> tasks); links to {@code tasks/{id}}. */
public record GapTaskRow(long id, String agencyId, String agency, String title, String status, int percentComplete,
        LocalDate dueOn, LocalDate completedOn, Integer daysLate, Integer staleDays) {

    public String route() {
        return "tasks/" + id;
    }
}
