package org.policytracker.gap.query;

/** A filter value the gap API refuses: a record that does not exist (a period id), a date out of range. */
public class InvalidFilterException extends IllegalArgumentException {

    public InvalidFilterException(String message) {
        super(message);
    }
}
