package org.policytracker.gap.query;

import java.time.LocalDate;

/** A directive as the gap metrics name it: its order's code, its own code and title, lead agency and deadline. */
public record DirectiveRow(long id, String orderCode, String code, String title, String leadAgency, LocalDate deadline,
        String deadlineBasis) {
}
