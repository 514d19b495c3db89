package org.policytracker.admin;

import java.util.List;
import org.policytracker.audit.AdministrationHistory;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.Invitation;
import org.policytracker.security.Invitee;
import org.policytracker.security.LocalAccountUser;
import org.policytracker.security.LocalAccounts;
import org.policytracker.security.PeopleAdministration;
import org.policytracker.security.Person;
import org.policytracker.security.PersonNotFoundException;
import org.policytracker.security.PersonRefusedException;
import org.policytracker.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administering people, for the people page and the REST API alike: only administrators, and every
 * change recorded in the administration history ("person") in the transaction that makes it. The work
 * itself is security's {@link PeopleAdministration} (local accounts or Keycloak); this lives in admin
 * because the history (audit) is a layer above security.
 */
@Service
public class PeopleChanges {

    static final String SUBJECT = "person";

    private final PeopleAdministration people;
    private final AdministrationHistory history;
    private final CurrentUser currentUser;
    private final LocalAccounts accounts;

    PeopleChanges(PeopleAdministration people, AdministrationHistory history, CurrentUser currentUser,
            LocalAccounts accounts) {
        this.people = people;
        this.accounts = accounts;
        this.history = history;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<Person> everyone() {
        requireAdministrator();
        return people.everyone();
    }

    @Transactional(readOnly = true)
    public Person find(String username) {
        requireAdministrator();
        return people.find(username).orElseThrow(() -> new PersonNotFoundException(username));
    }

    @Transactional
    public Invitation invite(Invitee invitee) {
        requireAdministrator();
        Invitation invitation = people.invite(invitee);
        history.record(SUBJECT, invitation.person().username(), "invited", null, invitation.person());
        return invitation;
    }

    @Transactional
    public Person change(String username, Role role, String tenantId) {
        requireAdministrator();
        Person before = people.find(username).orElseThrow(() -> new PersonNotFoundException(username));
        Person after = people.change(username, role, tenantId);
        history.record(SUBJECT, username, "changed role or organisation", before, after);
        return after;
    }

    @Transactional
    public Person deactivate(String username) {
        requireAdministrator();
        Person before = people.find(username).orElseThrow(() -> new PersonNotFoundException(username));
        if (username.equals(currentUser.require().username())) {
            throw new PersonRefusedException("username", "You cannot deactivate yourself");
        }
        Person after = people.deactivate(username);
        history.record(SUBJECT, username, "deactivated", before, after);
        return after;
    }

    @Transactional
    public Invitation reinvite(String username) {
        requireAdministrator();
        Person before = people.find(username).orElseThrow(() -> new PersonNotFoundException(username));
        Invitation invitation = people.reinvite(username);
        history.record(SUBJECT, username, "invited again", before, invitation.person());
        return invitation;
    }

    @Transactional
    public Person reactivate(String username) {
        requireAdministrator();
        Person before = people.find(username).orElseThrow(() -> new PersonNotFoundException(username));
        Person after = people.reactivate(username);
        history.record(SUBJECT, username, "reactivated", before, after);
        return after;
    }

    /**
     * The signed-in person (local login, invited by an administrator) replaces their own password; recorded
     * in the history without any password. Returns the person as the session should now hold them.
     */
    @Transactional
    public LocalAccountUser changeOwnPassword(String currentPassword, String newPassword) {
        if (!(currentUser.require() instanceof LocalAccountUser person)) {
            // demo users' passwords live in realm-config/, Keycloak users' in Keycloak
            throw new AccessDeniedException("Only people invited here with a local sign-in change their password here");
        }
        LocalAccountUser changed = accounts.setOwnPassword(person, currentPassword, newPassword);
        history.record(SUBJECT, person.username(), "changed own password", null, null);
        return changed;
    }

    private void requireAdministrator() {
        if (!currentUser.hasAnyRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators administer people");
        }
    }
}
