package org.policytracker.security;

import java.util.List;
import java.util.Optional;

/**
 * Administering people: list, invite (or invite again), change role or organisation, deactivate, reactivate. One implementation per
 * way of signing in: local accounts in the application's database (embedded default) or users of the
 * Keycloak realm through its admin REST API (profile keycloak). Both keep the directory of people
 * ({@link People}) in step. Callers check that an administrator asks and record the change in the
 * administration history, inside their transaction.
 */
public interface PeopleAdministration {

    /** Everyone in the directory, by organisation and name, deactivated people included. */
    List<Person> everyone();

    Optional<Person> find(String username);

    /** Creates the person, who must set their own password at first sign-in. */
    Invitation invite(Invitee invitee);

    /** Gives the person another role and organisation, from their next request on. */
    Person change(String username, Role role, String tenantId);

    /** The person can no longer sign in; their open sessions end at their next request. */
    Person deactivate(String username);

    /** A deactivated person may sign in again, with the role and organisation they had. */
    Person reactivate(String username);

    /**
     * Invites an active person again (say, the initial password expired or was lost): a new one-time
     * initial password, which they must replace at their next sign-in; the old password no longer works.
     */
    Invitation reinvite(String username);
}
