package org.policytracker.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.policytracker.security.Person.AccountSource;
import org.policytracker.security.repository.AppUserRepository;
import org.policytracker.security.repository.LocalAccountRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People administration of the embedded default (local login): an invited person gets a local account
 * with a one-time initial password, which the administrator hands over and which they must replace at
 * first sign-in, before it expires ({@code policy-tracker.people.initial-password-validity}). The demo
 * users of realm-config/ are listed but changed only there.
 */
@Service
@Profile("!keycloak")
class LocalPeopleAdministration implements PeopleAdministration {

    private final AppUserRepository directory;
    private final LocalAccountRepository accounts;
    private final DemoUserDirectory demoUsers;
    private final KnownTenants tenants;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final Duration initialPasswordValidity;
    private final InitialPasswords initialPasswords;

    LocalPeopleAdministration(AppUserRepository directory, LocalAccountRepository accounts,
            DemoUserDirectory demoUsers, KnownTenants tenants, PasswordEncoder encoder, Clock clock,
            InitialPasswords initialPasswords,
            @Value("${policy-tracker.people.initial-password-validity:7d}") Duration initialPasswordValidity) {
        this.directory = directory;
        this.accounts = accounts;
        this.demoUsers = demoUsers;
        this.tenants = tenants;
        this.encoder = encoder;
        this.clock = clock;
        this.initialPasswordValidity = initialPasswordValidity;
        this.initialPasswords = initialPasswords;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Person> everyone() {
        Set<String> invited = accounts.findAll().stream().map(LocalAccount::getUsername).collect(Collectors.toSet());
        return directory.findAll().stream()
                .map(user -> Person.of(user, source(user.getUsername(), invited.contains(user.getUsername()))))
                .sorted(Person.BY_ORGANISATION_AND_NAME).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Person> find(String username) {
        return directory.findById(username).map(user -> Person.of(user, source(username, accounts.existsById(username))));
    }

    @Override
    @Transactional
    public Invitation invite(Invitee invitee) {
        PersonRules.checkInvitee(invitee, tenants);
        if (directory.existsById(invitee.username()) || demoUsers.find(invitee.username()).isPresent()) {
            throw PersonRules.usernameTaken(invitee.username());
        }
        String initialPassword = initialPasswords.next();
        AppUser person = directory.save(new AppUser(invitee.username(), invitee.tenantId(), invitee.displayName(),
                invitee.email(), Set.of(invitee.role())));
        accounts.save(new LocalAccount(invitee.username(), encoder.encode(initialPassword),
                initialPasswordExpiry()));
        return new Invitation(Person.of(person, AccountSource.LOCAL_ACCOUNT), initialPassword);
    }

    @Override
    @Transactional
    public Invitation reinvite(String username) {
        AppUser person = administered(username);
        String initialPassword = initialPasswords.next();
        accounts.findById(username).orElseThrow().reissue(encoder.encode(initialPassword), initialPasswordExpiry());
        return new Invitation(Person.of(person, AccountSource.LOCAL_ACCOUNT), initialPassword);
    }

    private Instant initialPasswordExpiry() {
        return clock.instant().plus(initialPasswordValidity);
    }

    @Override
    @Transactional
    public Person change(String username, Role role, String tenantId) {
        AppUser person = administered(username);
        PersonRules.checkAssignment(role, tenantId, tenants);
        person.assign(role, tenantId); // API callers' kept standing is forgotten on commit (DirectoryEntryWrites)
        return Person.of(person, AccountSource.LOCAL_ACCOUNT);
    }

    @Override
    @Transactional
    public Person deactivate(String username) {
        AppUser person = administered(username);
        person.deactivate();
        return Person.of(person, AccountSource.LOCAL_ACCOUNT);
    }

    @Override
    @Transactional
    public Person reactivate(String username) {
        AppUser person = withLocalAccount(username);
        PersonRules.checkReactivation(person, tenants);
        person.reactivate();
        return Person.of(person, AccountSource.LOCAL_ACCOUNT);
    }

    /** An active person with a local account: demo users are changed in realm-config/. */
    private AppUser administered(String username) {
        AppUser person = withLocalAccount(username);
        PersonRules.checkActive(person);
        return person;
    }

    private AppUser withLocalAccount(String username) {
        AppUser person = directory.findById(username).orElseThrow(() -> new PersonNotFoundException(username));
        if (!accounts.existsById(username)) {
            throw new PersonRefusedException("username", "'" + username
                    + "' is a demo user of realm-config/: change them there, not here");
        }
        return person;
    }

    /** An invited person's local account, a demo user, or someone who signed in through Keycloak before. */
    private AccountSource source(String username, boolean invited) {
        return invited ? AccountSource.LOCAL_ACCOUNT
                : demoUsers.find(username).isPresent() ? AccountSource.DEMO_USER : AccountSource.KEYCLOAK;
    }
}
