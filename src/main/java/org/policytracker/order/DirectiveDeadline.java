package org.policytracker.order;

import java.time.LocalDate;

/**
 * A directive's deadline as the order gives it: a date, a number of days after the order's signing,
 * or none. The date of a relative deadline is computed from the signed date ({@link #on(LocalDate)}).
 */
public record DirectiveDeadline(LocalDate date, Integer daysAfterSigning) {

    public static final int MAX_DAYS_AFTER_SIGNING = 3650;

    public static DirectiveDeadline none() {
        return new DirectiveDeadline(null, null);
    }

    public static DirectiveDeadline onDate(LocalDate date) {
        return new DirectiveDeadline(date, null);
    }

    public static DirectiveDeadline daysAfterSigning(int days) {
        return new DirectiveDeadline(null, days);
    }

    public boolean relative() {
        return daysAfterSigning != null;
    }

    /** The date this deadline falls on for an order signed on {@code signedOn} (null while unsigned or none). */
    public LocalDate on(LocalDate signedOn) {
        if (!relative()) {
            return date;
        }
        return signedOn == null ? null : signedOn.plusDays(daysAfterSigning);
    }
}
