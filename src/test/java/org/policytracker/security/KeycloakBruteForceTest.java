package org.policytracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.policytracker.support.KeycloakRealm;
import org.policytracker.support.KeycloakTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The realm export turns on Keycloak's brute-force detection: after five wrong passwords (the
 * realm's failureFactor) the right one is refused for the wait time too, while other people sign
 * in as usual. Against the real Keycloak, with a person of the test's own.
 */
@KeycloakTest
class KeycloakBruteForceTest {

    @Autowired
    KeycloakRealm realm;

    @Test
    void fiveWrongPasswordsLockThePersonOutAndTheRightOneIsRefused() {
        assertThat(KeycloakRealm.EXPORT.path("bruteForceProtected").asBoolean()).isTrue();
        int failureFactor = KeycloakRealm.EXPORT.path("failureFactor").asInt();
        assertThat(failureFactor).isEqualTo(5);

        realm.addPerson("test-brute-force", "Bo", "Guessed", "cisa", "PROGRAM_MANAGER");
        assertThat(realm.personToken("test-brute-force", "demo")).isNotBlank();
        for (int i = 0; i < failureFactor; i++) {
            int attempt = i;
            assertThatThrownBy(() -> realm.personToken("test-brute-force", "wrong-" + attempt))
                    .hasMessageContaining("was not signed in");
        }
        assertThatThrownBy(() -> realm.personToken("test-brute-force", "demo"))
                .hasMessageContaining("was not signed in");
        assertThat(realm.personToken("pm.dhs", "demo")).isNotBlank();
    }
}
