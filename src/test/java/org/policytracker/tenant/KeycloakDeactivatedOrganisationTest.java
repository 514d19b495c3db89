package org.policytracker.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.policytracker.support.KeycloakRealm;
import org.policytracker.support.KeycloakTest;
import org.policytracker.support.SignedIn;
import org.policytracker.tenant.OrganisationAdministration.OrganisationInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With Keycloak: a person of a deactivated organisation, though Keycloak still signs them in, gets
 * nothing from the application (403 with a valid token) until the organisation is reactivated. The
 * organisation and the person are this test's own.
 */
@KeycloakTest
class KeycloakDeactivatedOrganisationTest {

    @LocalServerPort
    int port;
    @Autowired
    KeycloakRealm realm;
    @Autowired
    OrganisationAdministration organisations;
    @Autowired
    SignedIn signedIn;

    @Test
    void aMemberOfADeactivatedOrganisationIsRefusedUntilItIsReactivated() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String organisation = "kc-agency-" + suffix;
        String person = "test-kc-member-" + suffix;
        signedIn.run("admin", () -> organisations.create(new OrganisationInput(organisation, TenantKind.AGENCY,
                "Agency " + suffix, null, Set.of())));
        realm.addPerson(person, "Kim", "Member", organisation, "PROGRAM_MANAGER");
        assertThat(me(person)).isEqualTo(200);

        signedIn.run("admin", () -> organisations.deactivate(organisation));
        assertThat(me(person)).isEqualTo(403);

        signedIn.run("admin", () -> organisations.reactivate(organisation));
        assertThat(me(person)).isEqualTo(200);
    }

    private int me(String person) {
        return KeycloakRealm.get("http://localhost:" + port + "/api/v1/me", realm.personToken(person, "demo"))
                .statusCode();
    }
}
