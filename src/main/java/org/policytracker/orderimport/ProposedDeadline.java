package org.policytracker.orderimport;

import java.time.LocalDate;

/**
 * A deadline found in a requirement: the phrase as written, the date it falls on (null when it
 * depends on a date the text does not give), the days after signing when it counts from the order's
 * date, and for a deadline counted from another requirement's completion, that requirement's section
 * ({@code relativeTo}) and the days after it.
 */
public record ProposedDeadline(String phrase, LocalDate date, Integer daysAfterSigning, String relativeTo,
        Integer daysAfterRelative, boolean stated) {

    /** How the deadline reads on the review screen. */
    public String describe() {
        if (relativeTo != null) {
            return daysAfterRelative + " days after " + relativeTo + (date == null ? "" : " (" + date + ")");
        }
        if (daysAfterSigning != null) {
            return daysAfterSigning + " days after signing" + (date == null ? "" : " (" + date + ")");
        }
        return date == null ? phrase : date.toString();
    }
}
