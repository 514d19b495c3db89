package org.policytracker.task;

import java.time.Instant;
import java.time.LocalDate;

/** An open task with an owner, as the reminders read it: who owns it, when it is due, when it last moved. */
public record OpenTask(long id, String title, String tenantId, String ownerUsername, LocalDate dueOn,
        Instant lastActivityAt) {
}
