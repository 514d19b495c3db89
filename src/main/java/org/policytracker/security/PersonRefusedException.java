package org.policytracker.security;

/** A change to a person refused, with the field it concerns ("username", "email", "role", ...). */
public class PersonRefusedException extends RuntimeException {

    private final String field;

    public PersonRefusedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
