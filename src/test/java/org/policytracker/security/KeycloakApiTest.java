package org.policytracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policytracker.support.KeycloakRealm;
import org.policytracker.support.KeycloakTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The REST API as an OAuth2 resource server of the real Keycloak realm: association systems call it
 * with client-credentials tokens; everything else is refused with problem JSON (401 without a valid
 * token, 403 for the wrong tenant or role).
 */
@KeycloakTest
class KeycloakApiTest {

    private static final String HOSPITAL = "assoc-hospital-assoc";

    @LocalServerPort
    int port;
    @Autowired
    KeycloakRealm realm;

    private HttpResponse<String> get(String path, String token) {
        return KeycloakRealm.get("http://localhost:" + port + path, token);
    }

    private String hospitalToken() {
        return realm.clientToken(HOSPITAL, KeycloakRealm.secretOf(HOSPITAL));
    }

    @Test
    void everyAssociationsSystemActsForItsOwnTenantAsSectorReporter() {
        List<String> clients = KeycloakRealm.associationClients();
        assertThat(clients).hasSize(5);
        for (String client : clients) {
            HttpResponse<String> me = get("/api/v1/me", realm.clientToken(client, KeycloakRealm.secretOf(client)));
            assertThat(me.statusCode()).as(client).isEqualTo(200);
            JsonNode body = KeycloakRealm.json(me.body());
            assertThat(body.path("tenant").asString()).isEqualTo(client.substring("assoc-".length()));
            assertThat(body.path("roles").valueStream().map(JsonNode::asString)).containsExactly("SECTOR_REPORTER");
            assertThat(body.path("username").asString()).isEqualTo("service-account-" + client);
        }
    }

    @Test
    void anAssociationReadsItsOwnOrganisation() {
        HttpResponse<String> own = get("/api/v1/tenants/hospital-assoc", hospitalToken());
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(KeycloakRealm.json(own.body()).path("kind").asString()).isEqualTo("ASSOCIATION");
    }

    @Test
    void anotherTenantsRecordIsRefusedWith403() {
        HttpResponse<String> other = get("/api/v1/tenants/finance-assoc", hospitalToken());
        assertThat(other.statusCode()).isEqualTo(403);
        assertProblem(other, 403);
        assertThat(other.body()).doesNotContain("Finance");
    }

    @Test
    void aRoleWithoutPermissionIsRefusedWith403WhileTheRightRoleIsServed() {
        assertProblem(get("/api/v1/tenants", hospitalToken()), 403);
        HttpResponse<String> viewer = get("/api/v1/tenants", realm.personToken("viewer.congress", "demo"));
        assertThat(viewer.statusCode()).isEqualTo(200);
        assertThat(viewer.body()).contains("\"hospital-assoc\"").contains("\"treasury\"");
    }

    @Test
    void aPersonOfAnOrganisationUnknownToTheDeploymentIsRefusedWith403() {
        realm.addPerson("test-unknown-org", "Ari", "Elsewhere", "no-such-org", "PROGRAM_MANAGER");
        assertProblem(get("/api/v1/me", realm.personToken("test-unknown-org", "demo")), 403);
    }

    @Test
    void withoutATokenTheApiAnswers401() {
        HttpResponse<String> response = get("/api/v1/me", null);
        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer"));
    }

    @Test
    void aTokenWithAnAlteredTenantIsRefused() {
        String[] parts = hospitalToken().split("\\.");
        String payload = decode(parts[1]).replace("\"tenant\":\"hospital-assoc\"", "\"tenant\":\"finance-assoc\"");
        assertThat(payload).contains("finance-assoc");
        assertProblem(get("/api/v1/me", parts[0] + "." + encode(payload) + "." + parts[2]), 401);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        String[] parts = hospitalToken().split("\\.");
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign((RSAPrivateKey) generator.generateKeyPair().getPrivate());
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        String forged = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
        assertProblem(get("/api/v1/me", forged), 401);
    }

    @Test
    void aTokenOfAnotherRealmIsRefused() {
        assertProblem(get("/api/v1/me", realm.adminToken()), 401);
    }

    @Test
    void aTokenWithoutTenantOrRoleIs403AndOnceExpired401() throws Exception {
        // a client of the realm whose tokens carry no tenant and no application role, valid for 2 s
        realm.create("clients", Map.of("clientId", "short-lived-test-client", "secret", "short-lived-secret",
                "publicClient", false, "serviceAccountsEnabled", true, "standardFlowEnabled", false,
                "attributes", Map.of("access.token.lifespan", "2")));
        String token = realm.clientToken("short-lived-test-client", "short-lived-secret");
        JsonNode claims = KeycloakRealm.json(decode(token.split("\\.")[1]));
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(2);

        assertProblem(get("/api/v1/me", token), 403);
        // The token's lifetime is real time on Keycloak's clock, not the application's "today": wait it out.
        // It was issued at iat (whole seconds, at or before now), so its lifetime plus one second from now is
        // past its expiry, without reading the machine's clock here.
        Thread.sleep((claims.path("exp").asLong() - claims.path("iat").asLong() + 1) * 1000);
        assertProblem(get("/api/v1/me", token), 401);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(KeycloakRealm.json(response.body()).path("status").asInt()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("null");
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static String encode(String part) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(part.getBytes(StandardCharsets.UTF_8));
    }
}
