package org.policytracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.policytracker.support.KeycloakRealm;
import org.policytracker.support.KeycloakTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The people of realm-config/ are the same in both sign-in modes: each signs in at the real Keycloak
 * (web client, its protocol mappers) and the application sees the same name, tenant and roles that
 * the local (embedded) login gives them; and Keycloak holds no other people.
 */
@KeycloakTest
class RealmUsersTest {

    @LocalServerPort
    int port;
    @Autowired
    KeycloakRealm realm;
    @Autowired
    DemoUserDirectory directory;

    /** The user source of the local login mode, built as LocalSecurityConfiguration builds it. */
    private UserDetailsService localLogin(PasswordEncoder encoder) {
        return new LocalSecurityConfiguration().demoUsers(directory, encoder);
    }

    @Test
    void everyPersonHasTheSameTenantAndRolesThroughKeycloakAsInTheLocalLogin() {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        UserDetailsService local = localLogin(encoder);
        List<DemoUser> people = directory.all();
        assertThat(people).hasSize(13);
        for (DemoUser person : people) {
            DemoUser offeredLocally = (DemoUser) local.loadUserByUsername(person.username());
            assertThat(encoder.matches("demo", offeredLocally.getPassword())).as(person.username()).isTrue();

            String token = realm.personToken(person.username(), "demo");
            HttpResponse<String> me = KeycloakRealm.get("http://localhost:" + port + "/api/v1/me", token);
            assertThat(me.statusCode()).as(person.username()).isEqualTo(200);
            JsonNode seen = KeycloakRealm.json(me.body());
            assertThat(seen.path("username").asString()).isEqualTo(offeredLocally.username());
            assertThat(seen.path("displayName").asString()).isEqualTo(offeredLocally.displayName());
            assertThat(seen.path("tenant").asString()).as(person.username()).isEqualTo(offeredLocally.tenantId());
            assertThat(seen.path("roles").valueStream().map(JsonNode::asString).collect(Collectors.toSet()))
                    .as(person.username())
                    .isEqualTo(offeredLocally.roles().stream().map(Role::name).collect(Collectors.toSet()));
        }
    }

    @Test
    void keycloakHoldsNoOtherPeopleThanTheLocalLogin() {
        Set<String> inKeycloak = realm.read("users?max=1000").valueStream()
                .map(user -> user.path("username").asString())
                .filter(name -> !name.startsWith("service-account-")) // the association systems' accounts
                .filter(name -> !name.startsWith("test-")) // people that tests add for themselves
                .collect(Collectors.toSet());
        assertThat(inKeycloak).isEqualTo(directory.all().stream().map(DemoUser::username).collect(Collectors.toSet()));
    }
}
