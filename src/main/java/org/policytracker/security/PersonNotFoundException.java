package org.policytracker.security;

/** No person of that username in the directory. */
public class PersonNotFoundException extends RuntimeException {

    public PersonNotFoundException(String username) {
        super("No person '" + username + "' in the directory");
    }
}
