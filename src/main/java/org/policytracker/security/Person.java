package org.policytracker.security;

import java.util.Comparator;

/**
 * A person as the people administration shows them: their organisation (tenant), their one role, whether
 * they may still sign in, and where their account lives. Also the state the administration history keeps
 * before and after a change.
 */
public record Person(String username, String displayName, String email, String tenantId, Role role, boolean active,
        AccountSource source) {

    /** The order of the people administration's list. */
    public static final Comparator<Person> BY_ORGANISATION_AND_NAME =
            Comparator.comparing(Person::tenantId).thenComparing(Person::displayName);

    /** Where a person's sign-in is defined. */
    public enum AccountSource {
        /** A demo user of realm-config/ (local login): changed there, not by the administration. */
        DEMO_USER,
        /** Invited by an administrator; password hash in the application's database (local login). */
        LOCAL_ACCOUNT,
        /** A user of the Keycloak realm (profile keycloak). */
        KEYCLOAK
    }

    static Person of(AppUser user, AccountSource source) {
        Role role = user.getRoles().stream().findFirst().orElse(null);
        return new Person(user.getUsername(), user.getDisplayName(), user.getEmail(), user.getTenantId(), role,
                user.isActive(), source);
    }
}
