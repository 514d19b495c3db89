package org.policytracker.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policytracker.audit.AdministrationHistory;
import org.policytracker.security.Invitee;
import org.policytracker.security.LocalAccountUser;
import org.policytracker.security.LocalAccounts;
import org.policytracker.security.PersonRefusedException;
import org.policytracker.security.Role;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestOrders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * People administration in the embedded default over real HTTP (/api/v1/admin/people, HTTP Basic):
 * invitations with a one-time initial password that must be replaced before the person may use the
 * app, changes of role or organisation, deactivation, refusals, and the administration history.
 */
@PolicyTrackerTest
class PeopleAdministrationTest {

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
    SignedIn signedIn;
    @Autowired
    PeopleChanges people;
    @Autowired
    LocalAccounts accounts;
    @Autowired
    AdministrationHistory history;
    @Autowired
    JdbcClient jdbc;

    private HttpResponse<String> send(String method, String path, String username, String password, Object body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (username + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String uniqueName() {
        return "pm." + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> invitee(String username, String tenant, String role) {
        return Map.of("username", username, "displayName", "Robin Example", "email", username + "@example.gov",
                "tenantId", tenant, "role", role);
    }

    /** Invites through the API as the administrator; returns the initial password. */
    private String invite(String username, String tenant, String role) throws Exception {
        HttpResponse<String> invited = send("POST", "/api/v1/admin/people", "admin", "demo",
                invitee(username, tenant, role));
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        return JSON.readTree(invited.body()).path("initialPassword").asString();
    }

    /** Invites a CISA program manager who then sets the password "correct horse battery staple". */
    private void inviteWithOwnPassword(String username) throws Exception {
        String initial = invite(username, ownAgency, "PROGRAM_MANAGER");
        accounts.setOwnPassword(firstSignIn(username), initial, "correct horse battery staple");
    }

    private static LocalAccountUser firstSignIn(String username) {
        return new LocalAccountUser(username, "Robin Example", ownAgency, Set.of(Role.PROGRAM_MANAGER), null, true, false);
    }

    @Test
    void anInvitedPersonMustSetTheirOwnPasswordBeforeUsingTheApi() throws Exception {
        String username = uniqueName();
        String initial = invite(username, ownAgency, "PROGRAM_MANAGER");
        assertThat(initial).hasSize(16);

        // signed in with the initial password, but refused until they set their own
        assertThat(send("GET", "/api/v1/me", username, initial, null).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/api/v1/me", username, "wrong-password", null).statusCode()).isEqualTo(401);

        LocalAccountUser person = firstSignIn(username);
        assertThatThrownBy(() -> accounts.setOwnPassword(person, initial, initial))
                .isInstanceOf(PersonRefusedException.class).hasMessageContaining("not the one you were given");
        assertThatThrownBy(() -> accounts.setOwnPassword(person, initial, "too short"))
                .isInstanceOf(PersonRefusedException.class).hasMessageContaining("12 to 128");
        assertThatThrownBy(() -> accounts.setOwnPassword(person, "not the initial one", "a long enough password"))
                .isInstanceOf(PersonRefusedException.class).hasMessageContaining("not your current password");
        assertThat(send("GET", "/api/v1/me", username, initial, null).statusCode()).isEqualTo(403);

        accounts.setOwnPassword(person, initial, "correct horse battery staple");
        HttpResponse<String> me = send("GET", "/api/v1/me", username, "correct horse battery staple", null);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"tenant\":\"" + ownAgency + "\"").contains("PROGRAM_MANAGER");
        assertThat(send("GET", "/api/v1/me", username, initial, null).statusCode()).isEqualTo(401);

        var recorded = signedIn.as("admin", () -> history.of("person", username, 10));
        assertThat(recorded).singleElement().satisfies(entry -> {
            assertThat(entry.change().getAction()).isEqualTo("invited");
            assertThat(entry.change().getActor()).isEqualTo("admin");
            assertThat(entry.change().getAfterState()).contains("\"tenantId\":\"" + ownAgency + "\"").doesNotContain(initial);
        });
    }

    @Test
    void anInitialPasswordThatExpiredUnusedIsRefused() throws Exception {
        String username = uniqueName();
        String initial = invite(username, ownAgency, "PROGRAM_MANAGER");
        assertThat(send("GET", "/api/v1/me", username, initial, null).statusCode()).isEqualTo(403);
        jdbc.sql("update local_account set initial_password_expires = '2000-01-01' where username = ?")
                .param(username).update();
        assertThat(send("GET", "/api/v1/me", username, initial, null).statusCode()).isEqualTo(401);
    }

    @Test
    void aChangeOfRoleOrOrganisationAppliesAtTheNextRequestAndIsRecorded() throws Exception {
        String username = uniqueName();
        inviteWithOwnPassword(username);

        HttpResponse<String> changed = send("PUT", "/api/v1/admin/people/" + username + "/assignment", "admin", "demo",
                Map.of("role", "OVERSIGHT_VIEWER", "tenantId", otherAgency));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

        HttpResponse<String> me = send("GET", "/api/v1/me", username, "correct horse battery staple", null);
        assertThat(me.body()).contains("\"tenant\":\"" + otherAgency + "\"").contains("OVERSIGHT_VIEWER")
                .doesNotContain("PROGRAM_MANAGER");
        var recorded = signedIn.as("admin", () -> history.of("person", username, 10));
        assertThat(recorded.getFirst().change().getAction()).isEqualTo("changed role or organisation");
        assertThat(recorded.getFirst().fields()).extracting(field -> field.field() + ": " + field.before() + " → " + field.after())
                .containsExactlyInAnyOrder("tenantId: " + ownAgency + " → " + otherAgency, "role: PROGRAM_MANAGER → OVERSIGHT_VIEWER");
    }

    @Test
    void aDeactivatedPersonIsRefusedAndStaysInTheDirectory() throws Exception {
        String username = uniqueName();
        inviteWithOwnPassword(username);
        assertThat(send("GET", "/api/v1/me", username, "correct horse battery staple", null).statusCode()).isEqualTo(200);

        HttpResponse<String> deactivated = send("POST", "/api/v1/admin/people/" + username + "/deactivation", "admin",
                "demo", null);
        assertThat(deactivated.statusCode()).as(deactivated.body()).isEqualTo(200);
        assertThat(JSON.readTree(deactivated.body()).path("active").asBoolean()).isFalse();

        // refused exactly like an unknown name
        HttpResponse<String> refused = send("GET", "/api/v1/me", username, "correct horse battery staple", null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).isEqualTo(send("GET", "/api/v1/me", "nobody." + username, "x", null).body());
        JsonNode listed = JSON.readTree(send("GET", "/api/v1/admin/people/" + username, "admin", "demo", null).body());
        assertThat(listed.path("displayName").asString()).isEqualTo("Robin Example");
        assertThat(send("PUT", "/api/v1/admin/people/" + username + "/assignment", "admin", "demo",
                Map.of("role", "ADMIN", "tenantId", ownAgency)).statusCode()).isEqualTo(400);
    }

    @Test
    void aDeactivatedPersonIsReactivatedWithTheRoleAndOrganisationTheyHad() throws Exception {
        String username = uniqueName();
        inviteWithOwnPassword(username);
        assertThat(send("POST", "/api/v1/admin/people/" + username + "/reactivation", "admin", "demo", null)
                .body()).contains("already active");
        send("POST", "/api/v1/admin/people/" + username + "/deactivation", "admin", "demo", null);
        assertThat(send("GET", "/api/v1/me", username, "correct horse battery staple", null).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/api/v1/admin/people/" + username + "/reactivation", "pm.cisa", "demo", null)
                .statusCode()).isEqualTo(403);

        HttpResponse<String> reactivated = send("POST", "/api/v1/admin/people/" + username + "/reactivation", "admin",
                "demo", null);
        assertThat(reactivated.statusCode()).as(reactivated.body()).isEqualTo(200);
        assertThat(JSON.readTree(reactivated.body()).path("active").asBoolean()).isTrue();
        HttpResponse<String> me = send("GET", "/api/v1/me", username, "correct horse battery staple", null);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"tenant\":\"" + ownAgency + "\"").contains("PROGRAM_MANAGER");
        var recorded = signedIn.as("admin", () -> history.of("person", username, 10));
        assertThat(recorded.getFirst().change().getAction()).isEqualTo("reactivated");
        assertThat(recorded.getFirst().change().getActor()).isEqualTo("admin");
        assertThat(recorded.getFirst().fields()).extracting(field -> field.field() + ": " + field.before() + " → " + field.after())
                .containsExactly("active: false → true");
    }

    @Test
    void aPersonInvitedAgainGetsANewInitialPasswordInPlaceOfTheirOwn() throws Exception {
        String username = uniqueName();
        inviteWithOwnPassword(username);

        HttpResponse<String> invitedAgain = send("POST", "/api/v1/admin/people/" + username + "/invitation", "admin",
                "demo", null);
        assertThat(invitedAgain.statusCode()).as(invitedAgain.body()).isEqualTo(200);
        String initial = JSON.readTree(invitedAgain.body()).path("initialPassword").asString();
        assertThat(initial).hasSize(16);
        // the password they had no longer works; the new initial one only leads to "set your password"
        assertThat(send("GET", "/api/v1/me", username, "correct horse battery staple", null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/v1/me", username, initial, null).statusCode()).isEqualTo(403);
        accounts.setOwnPassword(firstSignIn(username), initial, "another horse battery staple");
        assertThat(send("GET", "/api/v1/me", username, "another horse battery staple", null).statusCode()).isEqualTo(200);

        var recorded = signedIn.as("admin", () -> history.of("person", username, 10));
        assertThat(recorded.getFirst().change().getAction()).isEqualTo("invited again");
        assertThat(recorded.getFirst().change().getAfterState()).doesNotContain(initial);

        send("POST", "/api/v1/admin/people/" + username + "/deactivation", "admin", "demo", null);
        HttpResponse<String> deactivated = send("POST", "/api/v1/admin/people/" + username + "/invitation", "admin",
                "demo", null);
        assertThat(deactivated.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(deactivated.body()).path("errors").path("username").asString()).contains("deactivated");
        assertThat(send("POST", "/api/v1/admin/people/pm.cisa/invitation", "admin", "demo", null).body())
                .contains("realm-config/");
    }

    @Test
    void aSignedInPersonChangesTheirOwnPassword() throws Exception {
        String username = uniqueName();
        inviteWithOwnPassword(username);
        LocalAccountUser person = new LocalAccountUser(username, "Robin Example", ownAgency,
                Set.of(Role.PROGRAM_MANAGER), null, false, false);

        assertThatThrownBy(() -> signedIn.as(person, () -> people.changeOwnPassword("not my password",
                "a brand new long password"))).isInstanceOf(PersonRefusedException.class)
                .hasMessageContaining("not your current password");
        assertThatThrownBy(() -> signedIn.as(person, () -> people.changeOwnPassword("correct horse battery staple",
                "correct horse battery staple"))).isInstanceOf(PersonRefusedException.class)
                .hasMessageContaining("not your current one");
        assertThatThrownBy(() -> signedIn.as(person, () -> people.changeOwnPassword("correct horse battery staple",
                "short"))).isInstanceOf(PersonRefusedException.class).hasMessageContaining("12 to 128");
        assertThat(send("GET", "/api/v1/me", username, "correct horse battery staple", null).statusCode()).isEqualTo(200);

        signedIn.as(person, () -> people.changeOwnPassword("correct horse battery staple", "a brand new long password"));
        assertThat(send("GET", "/api/v1/me", username, "a brand new long password", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/v1/me", username, "correct horse battery staple", null).statusCode()).isEqualTo(401);
        assertThat(jdbc.sql("select password_hash from local_account where username = ?").param(username)
                .query(String.class).single()).startsWith("{bcrypt}");
        var recorded = signedIn.as("admin", () -> history.of("person", username, 10));
        assertThat(recorded.getFirst().change().getAction()).isEqualTo("changed own password");
        assertThat(recorded.getFirst().change().getActor()).isEqualTo(username);

        // a demo user's password lives in realm-config/
        assertThatThrownBy(() -> signedIn.run("pm.cisa", () -> people.changeOwnPassword("demo", "a brand new long password")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nonAdministratorsAreRefused() throws Exception {
        String username = uniqueName();
        HttpResponse<String> refused = send("POST", "/api/v1/admin/people", "pm.cisa", "demo",
                invitee(username, ownAgency, "ADMIN"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(send("GET", "/api/v1/admin/people", "viewer.congress", "demo", null).statusCode()).isEqualTo(403);
        assertThatThrownBy(() -> signedIn.run("pm.cisa", () -> people.invite(new Invitee(username, "Robin Example",
                username + "@example.gov", ownAgency, Role.ADMIN)))).isInstanceOf(AccessDeniedException.class);
        assertThat(send("GET", "/api/v1/admin/people/" + username, "admin", "demo", null).statusCode()).isEqualTo(404);
    }

    @Test
    void badOrTakenFieldsAreRefusedByNameAndChangeNothing() throws Exception {
        HttpResponse<String> demoName = send("POST", "/api/v1/admin/people", "admin", "demo",
                invitee("pm.cisa", "cisa", "PROGRAM_MANAGER"));
        assertThat(demoName.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(demoName.body()).path("errors").path("username").asString()).contains("already taken");

        String username = uniqueName();
        HttpResponse<String> unknownOrganisation = send("POST", "/api/v1/admin/people", "admin", "demo",
                invitee(username, "no-such-org", "PROGRAM_MANAGER"));
        assertThat(JSON.readTree(unknownOrganisation.body()).path("errors").path("tenantId").asString())
                .contains("organisation");
        HttpResponse<String> badName = send("POST", "/api/v1/admin/people", "admin", "demo",
                invitee("Bad Name", "cisa", "PROGRAM_MANAGER"));
        assertThat(JSON.readTree(badName.body()).path("errors").path("username").asString()).contains("lower-case");
        assertThat(send("GET", "/api/v1/admin/people/" + username, "admin", "demo", null).statusCode()).isEqualTo(404);

        HttpResponse<String> demoChange = send("PUT", "/api/v1/admin/people/pm.cisa/assignment", "admin", "demo",
                Map.of("role", "ADMIN", "tenantId", ownAgency));
        assertThat(demoChange.statusCode()).isEqualTo(400);
        assertThat(demoChange.body()).contains("realm-config/");
        assertThat(send("GET", "/api/v1/me", "pm.cisa", "demo", null).body()).contains("PROGRAM_MANAGER");
    }
}
