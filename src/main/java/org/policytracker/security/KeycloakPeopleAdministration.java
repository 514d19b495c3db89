package org.policytracker.security;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.policytracker.security.Person.AccountSource;
import org.policytracker.security.repository.AppUserRepository;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People administration with the keycloak profile: users of the realm, changed through Keycloak's admin
 * REST API with Keycloak's own admin client, signed in as the realm's confidential client
 * {@code policy-tracker-admin} (client credentials; its service account holds only realm-management's
 * {@code manage-users}, {@code view-users}, {@code query-users} and {@code view-realm}, the last to read
 * the realm roles it grants). An invited user gets the {@code tenant} attribute, one realm role, a
 * temporary initial password and the required actions "update password" and "verify e-mail"; invited again,
 * a new temporary password and the required actions once more. The
 * directory of people ({@link People}) is updated at once, so changes show in the app before the person
 * signs in again.
 */
@Service
@Profile("keycloak")
class KeycloakPeopleAdministration implements PeopleAdministration, DisposableBean {

    static final List<String> REQUIRED_ACTIONS = List.of("UPDATE_PASSWORD", "VERIFY_EMAIL");

    private final Keycloak keycloak;
    private final String realm;
    private final AppUserRepository directory;
    private final KnownTenants tenants;
    private final InitialPasswords initialPasswords;

    KeycloakPeopleAdministration(@Value("${policy-tracker.keycloak.issuer-uri}") String issuer,
            @Value("${policy-tracker.keycloak.admin-client-id}") String clientId,
            @Value("${policy-tracker.keycloak.admin-client-secret}") String clientSecret,
            AppUserRepository directory, KnownTenants tenants, InitialPasswords initialPasswords) {
        this.realm = issuer.substring(issuer.lastIndexOf('/') + 1);
        // the client signs in on first use, so the application starts while Keycloak is still starting
        this.keycloak = KeycloakBuilder.builder().serverUrl(issuer.replaceAll("/realms/[^/]+$", "")).realm(realm)
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(clientId).clientSecret(clientSecret).build();
        this.directory = directory;
        this.tenants = tenants;
        this.initialPasswords = initialPasswords;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Person> everyone() {
        return directory.findAll().stream().map(KeycloakPeopleAdministration::person)
                .sorted(Person.BY_ORGANISATION_AND_NAME).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Person> find(String username) {
        return directory.findById(username).map(KeycloakPeopleAdministration::person);
    }

    @Override
    @Transactional
    public Invitation invite(Invitee invitee) {
        PersonRules.checkInvitee(invitee, tenants);
        String[] names = invitee.displayName().strip().split("\\s+");
        if (names.length < 2) {
            throw new PersonRefusedException("displayName", "Give a first and a last name: Keycloak keeps both");
        }
        if (directory.existsById(invitee.username())) {
            throw PersonRules.usernameTaken(invitee.username());
        }
        String initialPassword = initialPasswords.next();
        UserRepresentation user = new UserRepresentation();
        user.setUsername(invitee.username());
        user.setEmail(invitee.email());
        user.setFirstName(String.join(" ", Arrays.copyOf(names, names.length - 1)));
        user.setLastName(names[names.length - 1]);
        user.setEnabled(true);
        user.setEmailVerified(false);
        user.setAttributes(Map.of(KeycloakIdentity.TENANT_CLAIM, List.of(invitee.tenantId())));
        user.setRequiredActions(REQUIRED_ACTIONS);
        user.setCredentials(List.of(temporaryPassword(initialPassword)));
        String id = call("create the user", () -> {
            try (Response created = realm().users().create(user)) {
                if (created.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                    String answer = created.readEntity(String.class);
                    throw answer.contains("email")
                            ? new PersonRefusedException("email", "Another user of Keycloak has the e-mail address " + invitee.email())
                            : PersonRules.usernameTaken(invitee.username());
                }
                return CreatedResponseUtil.getCreatedId(created);
            }
        });
        call("give the user their role", () -> {
            realm().users().get(id).roles().realmLevel().add(List.of(role(invitee.role())));
            return null;
        });
        AppUser person = directory.save(new AppUser(invitee.username(), invitee.tenantId(), invitee.displayName(),
                invitee.email(), Set.of(invitee.role())));
        return new Invitation(person(person), initialPassword);
    }

    @Override
    @Transactional
    public Person change(String username, Role role, String tenantId) {
        AppUser person = administered(username);
        PersonRules.checkAssignment(role, tenantId, tenants);
        call("change the user's role and organisation", () -> {
            UserResource user = user(username);
            UserRepresentation representation = user.toRepresentation();
            Map<String, List<String>> attributes = new HashMap<>(
                    representation.getAttributes() == null ? Map.of() : representation.getAttributes());
            attributes.put(KeycloakIdentity.TENANT_CLAIM, List.of(tenantId));
            representation.setAttributes(attributes);
            user.update(representation);
            List<RoleRepresentation> applicationRoles = user.roles().realmLevel().listAll().stream()
                    .filter(held -> Arrays.stream(Role.values()).anyMatch(known -> known.name().equals(held.getName())))
                    .toList();
            if (!applicationRoles.isEmpty()) {
                user.roles().realmLevel().remove(applicationRoles);
            }
            user.roles().realmLevel().add(List.of(role(role)));
            // their next sign-in at Keycloak must issue tokens with the new role and tenant
            user.logout();
            return null;
        });
        person.assign(role, tenantId);
        return person(person);
    }

    @Override
    @Transactional
    public Person deactivate(String username) {
        AppUser person = administered(username);
        call("disable the user", () -> {
            UserResource user = user(username);
            UserRepresentation representation = user.toRepresentation();
            representation.setEnabled(false);
            user.update(representation);
            user.logout();
            return null;
        });
        person.deactivate();
        return person(person);
    }

    /**
     * A new temporary password, and Keycloak's required actions set again: "update password", and "verify
     * e-mail" while the address is not verified. The realm has no mail server, so the password is handed
     * over like the first one (with one, {@code executeActionsEmail} could send the actions instead).
     */
    @Override
    @Transactional
    public Invitation reinvite(String username) {
        AppUser person = administered(username);
        String initialPassword = initialPasswords.next();
        call("invite the user again", () -> {
            UserResource user = user(username);
            user.resetPassword(temporaryPassword(initialPassword));
            UserRepresentation representation = user.toRepresentation();
            representation.setRequiredActions(Boolean.TRUE.equals(representation.isEmailVerified())
                    ? List.of("UPDATE_PASSWORD") : REQUIRED_ACTIONS);
            user.update(representation);
            user.logout();
            return null;
        });
        return new Invitation(person(person), initialPassword);
    }

    @Override
    @Transactional
    public Person reactivate(String username) {
        AppUser person = directory.findById(username).orElseThrow(() -> new PersonNotFoundException(username));
        PersonRules.checkReactivation(person, tenants);
        call("enable the user", () -> {
            UserResource user = user(username);
            UserRepresentation representation = user.toRepresentation();
            representation.setEnabled(true);
            user.update(representation);
            return null;
        });
        person.reactivate();
        return person(person);
    }

    @Override
    public void destroy() {
        keycloak.close();
    }

    private AppUser administered(String username) {
        AppUser person = directory.findById(username).orElseThrow(() -> new PersonNotFoundException(username));
        PersonRules.checkActive(person);
        return person;
    }

    private static CredentialRepresentation temporaryPassword(String value) {
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(value);
        password.setTemporary(true);
        return password;
    }

    private RealmResource realm() {
        return keycloak.realm(realm);
    }

    private UserResource user(String username) {
        List<UserRepresentation> found = realm().users().searchByUsername(username, true);
        if (found.isEmpty()) {
            throw new PersonNotFoundException(username);
        }
        return realm().users().get(found.getFirst().getId());
    }

    private RoleRepresentation role(Role role) {
        return realm().roles().get(role.name()).toRepresentation();
    }

    private static Person person(AppUser user) {
        return Person.of(user, AccountSource.KEYCLOAK);
    }

    /** Runs one step against Keycloak; a failure of Keycloak itself says which step failed. */
    private static <T> T call(String step, Supplier<T> work) {
        try {
            return work.get();
        } catch (WebApplicationException refused) {
            throw new IllegalStateException("Keycloak refused to " + step + ": HTTP "
                    + refused.getResponse().getStatus(), refused);
        } catch (ProcessingException unreachable) {
            throw new IllegalStateException("Keycloak could not be reached to " + step, unreachable);
        }
    }
}
