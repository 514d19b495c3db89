package org.policytracker.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.policytracker.audit.AdministrationHistory;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.tenant.OrganisationAdministration.OrganisationInput;
import org.policytracker.tenant.OrganisationAdministration.OrganisationState;
import org.policytracker.uptake.SectorAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Organisations administered: created with acronym and aliases, renamed, an association's sectors set;
 * deactivated, a member's sign-in (the local login form, over real HTTP) and API calls are refused and
 * a session they already had ends; reactivated, they sign in again. Every change is in the history.
 * The deactivation test uses reporter.slg, whose association no other test deactivates, and
 * reactivates it whatever happens.
 */
@PolicyTrackerTest
class OrganisationAdministrationTest {

    private static final String MEMBER = "reporter.slg";
    private static final String MEMBERS_ORGANISATION = "slg-assoc";

    @LocalServerPort
    int port;
    @Autowired
    OrganisationAdministration organisations;
    @Autowired
    SectorAdministration sectors;
    @Autowired
    AdministrationHistory history;
    @Autowired
    SignedIn signedIn;

    private List<String> historyActions(String id) {
        return signedIn.as("admin", () -> history.of("organisation", id, 20)).stream()
                .map(entry -> entry.change().getAction()).toList().reversed();
    }

    @Test
    void anAgencyIsCreatedWithItsAliasesAndRenamed() {
        String id = "agency-" + UUID.randomUUID().toString().substring(0, 8);
        signedIn.run("admin", () -> organisations.create(new OrganisationInput(id, TenantKind.AGENCY,
                "Office of Testing", "OT", Set.of("the Office", "Testing Office"))));

        OrganisationState renamed = signedIn.as("admin", () -> organisations.rename(id, new OrganisationInput(null,
                null, "Office of Testing and Evaluation", "OTE", Set.of("the Office"))));

        assertThat(renamed).isEqualTo(new OrganisationState(id, TenantKind.AGENCY, "Office of Testing and Evaluation",
                "OTE", List.of("the Office"), true));
        assertThat(signedIn.as("admin", () -> organisations.all())).contains(renamed);
        assertThat(historyActions(id)).containsExactly("created", "renamed");
    }

    @Test
    void anAssociationCoversTheSectorsItIsGiven() {
        String id = "assoc-" + UUID.randomUUID().toString().substring(0, 8);
        signedIn.run("admin", () -> organisations.create(new OrganisationInput(id, TenantKind.ASSOCIATION,
                "Water Utilities Council", null, Set.of())));

        signedIn.run("admin", () -> sectors.cover(id, Set.of("energy-utilities", "finance")));
        signedIn.run("admin", () -> sectors.cover(id, Set.of("energy-utilities")));

        assertThat(signedIn.as("admin", () -> sectors.coveredBy(id))).containsExactly("energy-utilities");
        assertThat(historyActions(id)).containsExactly("created", "sectors changed", "sectors changed");
    }

    @Test
    void aDuplicateIdAndTheOperatorsDeactivationAreRefused() {
        assertThatThrownBy(() -> signedIn.run("admin", () -> organisations.create(new OrganisationInput("cisa",
                TenantKind.AGENCY, "Another", null, Set.of()))))
                .isInstanceOfSatisfying(AdministrativeChangeRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo("id");
                    assertThat(refused.reason()).contains("already exists");
                });
        assertThatThrownBy(() -> signedIn.run("admin", () -> organisations.deactivate("operator")))
                .isInstanceOf(AdministrativeChangeRefused.class);
    }

    @Test
    void aDeactivatedOrganisationsMembersCannotSignInOrKeepTheirSessionUntilItIsReactivated() throws Exception {
        try (HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build()) {
            assertThat(signIn(browser, MEMBER)).doesNotContain("error");
            assertThat(get(browser, "/reporting").statusCode()).isEqualTo(200);
            try {
                signedIn.run("admin", () -> organisations.deactivate(MEMBERS_ORGANISATION));

                HttpResponse<String> sessionAfter = get(browser, "/reporting");
                assertThat(sessionAfter.statusCode()).as("the open session ended").isEqualTo(302);
                assertThat(sessionAfter.headers().firstValue("Location")).hasValueSatisfying(
                        location -> assertThat(location).endsWith("/login"));
                try (HttpClient another = HttpClient.newBuilder().cookieHandler(new CookieManager()).build()) {
                    assertThat(signIn(another, MEMBER)).endsWith("/login?error");
                }
                assertThat(api(MEMBER).statusCode()).isEqualTo(401);
            } finally {
                signedIn.run("admin", () -> organisations.reactivate(MEMBERS_ORGANISATION));
            }
            assertThat(signIn(browser, MEMBER)).doesNotContain("error");
            assertThat(api(MEMBER).statusCode()).isEqualTo(200);
        }
        assertThat(historyActions(MEMBERS_ORGANISATION)).endsWith("deactivated", "reactivated");
    }

    /** The local login form; answers where it sends the browser next. */
    private String signIn(HttpClient browser, String username) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=demo";
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> api(String username) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(url("/api/v1/me")))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":demo")
                            .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
