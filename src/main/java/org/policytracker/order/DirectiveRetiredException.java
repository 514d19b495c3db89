package org.policytracker.order;

/** A change of a retired directive, or new work on it: retired directives are kept read-only. */
public class DirectiveRetiredException extends RuntimeException {

    public DirectiveRetiredException(String message) {
        super(message);
    }
}
