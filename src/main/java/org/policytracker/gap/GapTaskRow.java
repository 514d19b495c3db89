package org.policytracker.gap;

import java.time.LocalDate;

/**
 * A current task behind a directive's figures (drill-down: agency -> tasks); links to its read-only
 * page {@code tasks/{id}/view}, which oversight viewers and administrators may open (the editor at
 * {@code tasks/{id}} is for the owning agency's program managers).
 */
public record GapTaskRow(long id, String agencyId, String agency, String title, String status, int percentComplete,
        LocalDate dueOn, LocalDate completedOn, Integer daysLate, Integer staleDays) {

    public String route() {
        return "tasks/" + id + "/view";
    }
}
