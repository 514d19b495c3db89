package org.policytracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policytracker.support.KeycloakRealm;
import org.policytracker.support.KeycloakTest;
import org.policytracker.support.TestOrders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * People administration with the keycloak profile against the real Keycloak: the administrator invites,
 * changes and deactivates a person through the application's API (bearer token of the web client); the
 * person is a user of the realm with the tenant attribute, the realm role and the required actions,
 * can sign in, and is disabled in Keycloak when deactivated; invited again (a new temporary password and
 * "update password" required) and reactivated (enabled again).
 */
@KeycloakTest
class KeycloakPeopleAdministrationTest {

    /** Agencies of the class's own: the people it invites meet no other test's owner lists or reminders. */
    private static String ownAgency;
    private static String otherAgency;

    @BeforeAll
    static void createAgencies(@Autowired TestOrders orders) {
        ownAgency = orders.agency("people");
        otherAgency = orders.agency("people-other");
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    KeycloakRealm realm;

    private HttpResponse<String> send(String method, String path, String token, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private JsonNode keycloakUser(String username) {
        JsonNode found = realm.read("users?exact=true&username=" + username);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    /**
     * Keycloak itself asks the person to set a password and verify the address (no mail server here): the
     * test stands in for both through the admin API; the password becomes "own password 1234".
     */
    private void setPasswordAndVerifyEmail(String username, String id) {
        realm.update("users/" + id + "/reset-password", Map.of("type", "password", "value", "own password 1234",
                "temporary", false));
        Map<String, Object> verified = new HashMap<>(JSON.convertValue(keycloakUser(username), Map.class));
        verified.put("requiredActions", List.of());
        verified.put("emailVerified", true);
        realm.update("users/" + id, verified);
    }

    private List<String> realmRoles(String userId) {
        return realm.read("users/" + userId + "/role-mappings/realm").valueStream()
                .map(role -> role.path("name").asString()).toList();
    }

    @Test
    void anAdministratorInvitesChangesAndDeactivatesAKeycloakUser() throws Exception {
        String admin = realm.personToken("admin", "demo");
        // "test-": a person this test adds for itself, which RealmUsersTest leaves aside
        String username = "test-kc." + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> invited = send("POST", "/api/v1/admin/people", admin, Map.of("username", username,
                "displayName", "Jordan Keycloak", "email", username + "@example.gov", "tenantId", ownAgency,
                "role", "PROGRAM_MANAGER"));
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        assertThat(JSON.readTree(invited.body()).path("person").path("source").asString()).isEqualTo("KEYCLOAK");

        JsonNode user = keycloakUser(username);
        String id = user.path("id").asString();
        assertThat(user.path("attributes").path("tenant").get(0).asString()).isEqualTo(ownAgency);
        assertThat(user.path("enabled").asBoolean()).isTrue();
        assertThat(user.path("firstName").asString()).isEqualTo("Jordan");
        assertThat(user.path("lastName").asString()).isEqualTo("Keycloak");
        assertThat(user.path("requiredActions").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("UPDATE_PASSWORD", "VERIFY_EMAIL");
        assertThat(realmRoles(id)).contains("PROGRAM_MANAGER");

        setPasswordAndVerifyEmail(username, id);
        String token = realm.personToken(username, "own password 1234");
        HttpResponse<String> me = send("GET", "/api/v1/me", token, null);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"tenant\":\"" + ownAgency + "\"").contains("PROGRAM_MANAGER");

        HttpResponse<String> changed = send("PUT", "/api/v1/admin/people/" + username + "/assignment", admin,
                Map.of("role", "OVERSIGHT_VIEWER", "tenantId", otherAgency));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(keycloakUser(username).path("attributes").path("tenant").get(0).asString()).isEqualTo(otherAgency);
        assertThat(realmRoles(id)).contains("OVERSIGHT_VIEWER").doesNotContain("PROGRAM_MANAGER");
        // the token issued before the change no longer serves; a new one carries the new role and tenant
        assertThat(send("GET", "/api/v1/me", token, null).statusCode()).isEqualTo(401);
        String newToken = realm.personToken(username, "own password 1234");
        assertThat(send("GET", "/api/v1/me", newToken, null).body()).contains("\"tenant\":\"" + otherAgency + "\"")
                .contains("OVERSIGHT_VIEWER");

        HttpResponse<String> deactivated = send("POST", "/api/v1/admin/people/" + username + "/deactivation", admin, null);
        assertThat(deactivated.statusCode()).as(deactivated.body()).isEqualTo(200);
        assertThat(keycloakUser(username).path("enabled").asBoolean()).isFalse();
        assertThat(send("GET", "/api/v1/me", newToken, null).statusCode()).isEqualTo(401);
        assertThatThrownBy(() -> realm.personToken(username, "own password 1234"))
                .isInstanceOf(IllegalStateException.class);
        JsonNode listed = JSON.readTree(send("GET", "/api/v1/admin/people/" + username, admin, null).body());
        assertThat(listed.path("active").asBoolean()).isFalse();
    }

    @Test
    void anAdministratorInvitesAgainAndReactivatesAKeycloakUser() throws Exception {
        String admin = realm.personToken("admin", "demo");
        String username = "test-kc." + UUID.randomUUID().toString().substring(0, 8);
        assertThat(send("POST", "/api/v1/admin/people", admin, Map.of("username", username, "displayName",
                "Alex Keycloak", "email", username + "@example.gov", "tenantId", ownAgency, "role",
                "SECTOR_REPORTER")).statusCode()).isEqualTo(201);
        String id = keycloakUser(username).path("id").asString();
        setPasswordAndVerifyEmail(username, id);
        realm.personToken(username, "own password 1234");
        assertThat(realm.read("users/" + id + "/sessions")).isNotEmpty();

        HttpResponse<String> invitedAgain = send("POST", "/api/v1/admin/people/" + username + "/invitation", admin, null);
        assertThat(invitedAgain.statusCode()).as(invitedAgain.body()).isEqualTo(200);
        assertThat(JSON.readTree(invitedAgain.body()).path("initialPassword").asString()).hasSize(16);
        // Keycloak asks for a new password again; the address stays verified; the old password no longer signs
        // in and the person's Keycloak sessions are ended (an access token already issued lasts until it expires)
        assertThat(keycloakUser(username).path("requiredActions").valueStream().map(JsonNode::asString))
                .containsExactly("UPDATE_PASSWORD");
        assertThatThrownBy(() -> realm.personToken(username, "own password 1234"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(realm.read("users/" + id + "/sessions")).isEmpty();

        send("POST", "/api/v1/admin/people/" + username + "/deactivation", admin, null);
        assertThat(keycloakUser(username).path("enabled").asBoolean()).isFalse();
        assertThat(send("POST", "/api/v1/admin/people/" + username + "/invitation", admin, null).statusCode())
                .isEqualTo(400);
        HttpResponse<String> reactivated = send("POST", "/api/v1/admin/people/" + username + "/reactivation", admin, null);
        assertThat(reactivated.statusCode()).as(reactivated.body()).isEqualTo(200);
        assertThat(JSON.readTree(reactivated.body()).path("active").asBoolean()).isTrue();
        assertThat(keycloakUser(username).path("enabled").asBoolean()).isTrue();
        assertThat(realmRoles(id)).contains("SECTOR_REPORTER");
    }

    @Test
    void aProgramManagerCannotAdministerPeople() throws Exception {
        String token = realm.personToken("pm.cisa", "demo");
        HttpResponse<String> refused = send("POST", "/api/v1/admin/people", token, Map.of("username", "kc.refused",
                "displayName", "Not Invited", "email", "kc.refused@example.gov", "tenantId", ownAgency, "role", "ADMIN"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(realm.read("users?exact=true&username=kc.refused")).isEmpty();
    }
}
