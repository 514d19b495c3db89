package org.policytracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestOrders;
import org.policytracker.support.TestOrders.TestOrder;
import org.policytracker.tenant.OrganisationAdministration;
import org.policytracker.uptake.PeriodStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Personal API tokens over real HTTP (embedded default): made, scoped and revoked by their owner. */
@PolicyTrackerTest
class PersonalApiTokensTest {

    private static final String REPORTER = "reporter.health";

    private static String measure;
    private static String period;

    @LocalServerPort
    int port;
    @Autowired
    PersonalApiTokens tokens;
    @Autowired
    SignedIn signedIn;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PeopleAdministration people;
    @Autowired
    OrganisationAdministration organisations;
    @Autowired
    TestOrders orders;

    @BeforeAll
    static void createOrder(@Autowired TestOrders orders) {
        TestOrder order = orders.order("TOKENS").directive("CISA", "cisa").measure("M", "CISA", "healthcare")
                .period("OPEN", PeriodStatus.OPEN).create();
        measure = order.measure("M");
        period = order.period("OPEN");
    }

    private String tokenOf(String username, ApiTokenScope scope) {
        return signedIn.as(username, () -> tokens.create("Script " + UUID.randomUUID(), scope));
    }

    /** A program manager invited into an agency of the test's own, with a reading token: its secret. */
    private String invitedPersonsToken(String username, String agency) {
        signedIn.as("admin", () -> people.invite(new Invitee(username, "Kim Example", username + "@example.gov",
                agency, Role.PROGRAM_MANAGER)));
        return signedIn.as(new LocalAccountUser(username, "Kim Example", agency, Set.of(Role.PROGRAM_MANAGER), null,
                false, false), () -> tokens.create("Script", ApiTokenScope.READ));
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String token) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private HttpResponse<String> me(String token) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me")), token);
    }

    private HttpResponse<String> submit(String token, int participating) throws Exception {
        String body = """
                {"measure": "%s", "sector": "healthcare", "period": "%s", "eligibleCount": 1000,
                 "participatingCount": %d, "verifiedCount": 0, "evidenceLinks": []}
                """.formatted(measure, period, participating);
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports"))
                .header("Idempotency-Key", UUID.randomUUID().toString()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), token);
    }

    @Test
    void aTokenActsAsItsOwnerWithinItsScope() throws Exception {
        String read = tokenOf(REPORTER, ApiTokenScope.READ);
        HttpResponse<String> whoAmI = me(read);
        assertThat(whoAmI.statusCode()).isEqualTo(200);
        assertThat(whoAmI.body()).contains("\"tenant\":\"hospital-assoc\"").contains("SECTOR_REPORTER");
        assertThat(whoAmI.headers().allValues("Set-Cookie")).as("stateless: no session").isEmpty();

        HttpResponse<String> refused = submit(read, 10);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));

        assertThat(submit(tokenOf(REPORTER, ApiTokenScope.REPORTS), 11).statusCode()).isEqualTo(201);
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() throws Exception {
        String secret = tokenOf(REPORTER, ApiTokenScope.READ);
        assertThat(me(secret).statusCode()).isEqualTo(200);
        assertThat(me(secret).statusCode()).isEqualTo(200); // the caller is now kept in memory
        long id = signedIn.as(REPORTER, () -> tokens.mine().getFirst().getId());
        signedIn.run(REPORTER, () -> tokens.revoke(id));
        HttpResponse<String> refused = me(secret);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("unknown or revoked");
        assertThat(signedIn.as(REPORTER, () -> tokens.mine().getFirst().isRevoked())).isTrue();
    }

    @Test
    void aMovedPersonsTokenActsForTheNewOrganisationAndADeactivatedPersonsIsRefusedAtOnce() throws Exception {
        String username = "pm." + UUID.randomUUID().toString().substring(0, 8);
        String agency = orders.agency("tokens");
        String secret = invitedPersonsToken(username, agency);
        assertThat(me(secret).body()).contains("\"tenant\":\"" + agency + "\"");
        assertThat(me(secret).statusCode()).isEqualTo(200); // the caller is now kept in memory

        String moved = orders.agency("tokens-moved");
        signedIn.run("admin", () -> people.change(username, Role.PROGRAM_MANAGER, moved));
        assertThat(me(secret).body()).contains("\"tenant\":\"" + moved + "\"");

        signedIn.run("admin", () -> people.deactivate(username));
        HttpResponse<String> refused = me(secret);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("unknown or revoked");
    }

    @Test
    void aTokenOfADeactivatedOrganisationsMemberIsRefusedAtOnce() throws Exception {
        String agency = orders.agency("tokens-closed");
        String secret = invitedPersonsToken("pm." + UUID.randomUUID().toString().substring(0, 8), agency);
        assertThat(me(secret).statusCode()).isEqualTo(200);
        assertThat(me(secret).statusCode()).isEqualTo(200);

        signedIn.run("admin", () -> organisations.deactivate(agency));
        assertThat(me(secret).statusCode()).isEqualTo(401);
    }

    @Test
    void onlyTheSecretsHashIsStoredAndAnUnknownTokenIsRefused() throws Exception {
        String secret = tokenOf(REPORTER, ApiTokenScope.READ);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(secret.getBytes(StandardCharsets.UTF_8)));
        assertThat(jdbc.sql("SELECT count(*) FROM personal_api_token WHERE token_hash = ?").param(hash)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM personal_api_token WHERE token_hash = ? OR name = ?")
                .params(secret, secret).query(Long.class).single()).isZero();
        assertThat(me(secret.substring(0, secret.length() - 1) + (secret.endsWith("A") ? "B" : "A")).statusCode())
                .isEqualTo(401);
    }

    @Test
    void peopleManageOnlyTheirOwnTokensAndBadNamesChangeNothing() {
        tokenOf(REPORTER, ApiTokenScope.READ);
        long id = signedIn.as(REPORTER, () -> tokens.mine().getFirst().getId());
        assertThatThrownBy(() -> signedIn.run("pm.cisa", () -> tokens.revoke(id)))
                .isInstanceOf(PersonRefusedException.class).hasMessage("You have no token " + id);
        assertThat(signedIn.as(REPORTER, () -> tokens.mine().getFirst().isRevoked())).isFalse();
        assertThat(signedIn.as("pm.cisa", () -> tokens.mine())).noneMatch(token -> token.getId() == id);

        int before = signedIn.as(REPORTER, () -> tokens.mine().size());
        assertThatThrownBy(() -> signedIn.as(REPORTER, () -> tokens.create("   ", ApiTokenScope.READ)))
                .isInstanceOf(PersonRefusedException.class).hasMessageContaining("Name the token");
        assertThat(signedIn.as(REPORTER, () -> tokens.mine().size())).isEqualTo(before);
    }
}
