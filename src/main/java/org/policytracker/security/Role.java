package org.policytracker.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** Realm roles, as Keycloak and the local demo login name them. */
public enum Role {
    PROGRAM_MANAGER("Program manager"),
    SECTOR_REPORTER("Sector reporter"),
    OVERSIGHT_VIEWER("Oversight viewer"),
    ADMIN("Administrator");

    /** The roles that read every tenant's rows: oversight viewers (read-only) and administrators. */
    private static final Set<Role> ACROSS_TENANTS = EnumSet.of(OVERSIGHT_VIEWER, ADMIN);

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

    /**
     * Whether someone holding these roles reads across every tenant (an oversight viewer or an
     * administrator): the one definition every module asks.
     */
    public static boolean readAcrossTenants(Collection<Role> roles) {
        return roles.stream().anyMatch(ACROSS_TENANTS::contains);
    }
}
