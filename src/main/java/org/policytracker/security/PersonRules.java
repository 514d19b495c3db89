package org.policytracker.security;

import java.util.regex.Pattern;

/** What every way of administering people checks before it changes anything. */
final class PersonRules {

    /** Lower case, as Keycloak stores user names; letters, digits, dot, dash, underscore. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_TEXT = 200;

    private PersonRules() {
    }

    static void checkInvitee(Invitee invitee, KnownTenants tenants) {
        if (invitee.username() == null || !USERNAME.matcher(invitee.username()).matches()) {
            throw new PersonRefusedException("username",
                    "A username is 3 to 100 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit");
        }
        if (invitee.displayName() == null || invitee.displayName().isBlank() || invitee.displayName().length() > MAX_TEXT) {
            throw new PersonRefusedException("displayName", "Give the person's name (at most 200 characters)");
        }
        if (invitee.email() == null || invitee.email().length() > MAX_TEXT || !EMAIL.matcher(invitee.email()).matches()) {
            throw new PersonRefusedException("email", "Give an e-mail address such as name@agency.gov");
        }
        checkAssignment(invitee.role(), invitee.tenantId(), tenants);
    }

    static void checkAssignment(Role role, String tenantId, KnownTenants tenants) {
        if (role == null) {
            throw new PersonRefusedException("role", "Choose a role");
        }
        if (tenantId == null || tenantId.isBlank() || !tenants.admits(tenantId)) {
            throw new PersonRefusedException("tenantId", "Choose an active organisation this deployment knows");
        }
    }

    static void checkActive(AppUser person) {
        if (!person.isActive()) {
            throw new PersonRefusedException("username", "'" + person.getUsername() + "' is deactivated");
        }
    }

    /** Only a deactivated person is reactivated, and only into an organisation that is itself still active. */
    static void checkReactivation(AppUser person, KnownTenants tenants) {
        if (person.isActive()) {
            throw new PersonRefusedException("username", "'" + person.getUsername() + "' is already active");
        }
        if (!tenants.admits(person.getTenantId())) {
            throw new PersonRefusedException("tenantId", "The organisation of '" + person.getUsername()
                    + "' is deactivated or unknown: reactivate it first");
        }
    }

    static PersonRefusedException usernameTaken(String username) {
        return new PersonRefusedException("username", "The username '" + username + "' is already taken");
    }
}
