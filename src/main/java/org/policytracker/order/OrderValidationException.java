package org.policytracker.order;

import java.util.Map;

/** An order or directive that breaks a rule; nothing was saved. Messages are keyed by field name. */
public class OrderValidationException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public OrderValidationException(Map<String, String> fieldErrors) {
        super("Not saved: " + String.join("; ", fieldErrors.values()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
