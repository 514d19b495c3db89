package org.policytracker.security;

/** Realm roles, as Keycloak and the local demo login name them. */
public enum Role {
    PROGRAM_MANAGER("Program manager"),
    SECTOR_REPORTER("Sector reporter"),
    OVERSIGHT_VIEWER("Oversight viewer"),
    ADMIN("Administrator");


    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
