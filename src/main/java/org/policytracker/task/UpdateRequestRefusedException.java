package org.policytracker.task;

/** An update request that was not made, with why; nothing was stored. {@code field} names the input at fault. */
public class UpdateRequestRefusedException extends RuntimeException {

    private final String field;

    public UpdateRequestRefusedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
