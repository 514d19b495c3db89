package org.policytracker.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policytracker.gap.FilterOptions.Option;
import org.policytracker.gap.query.InvalidFilterException;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestOrders;
import org.policytracker.support.TestOrders.TestOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The gap figures of one version of an order's text: only the directives that version added or changed
 * (not those it retired), with only their tasks; a version that does not exist or belongs to another order is refused, by the
 * service and by the API (problem JSON).
 */
@PolicyTrackerTest
class GapVersionFilterTest {

    private static final LocalDate DUE = LocalDate.of(2027, 3, 31);

    @LocalServerPort
    int port;
    @Autowired
    TestOrders orders;
    @Autowired
    SignedIn signedIn;
    @Autowired
    GapMetricsService metrics;
    @Autowired
    JdbcClient jdbc;

    TestOrder order;
    long draft;
    long signed;

    /**
     * Draft added A, B and C; the signed version changed B and retired C (not one of the directives it
     * narrows to); D came later by hand (no version).
     */
    @BeforeEach
    void orderWithADraftAndASignedVersion() {
        order = orders.order("VERSIONS").directive("A", "cisa").directive("B", "cisa").directive("C", "cisa")
                .directive("D", "cisa").create();
        orders.task("pm.cisa", order.directive("A"), "A's task", DUE);
        orders.task("pm.cisa", order.directive("B"), "B's first task", DUE);
        orders.task("pm.cisa", order.directive("B"), "B's second task", DUE);
        orders.task("pm.cisa", order.directive("C"), "C's task", DUE);
        orders.task("pm.cisa", order.directive("D"), "D's task", DUE);
        OrderVersions versions = new OrderVersions(jdbc);
        draft = versions.version(order.id(), "DRAFT", LocalDate.of(2026, 5, 20));
        for (String directive : new String[] {"A", "B", "C"}) {
            versions.touched(draft, order.directive(directive), "ADDED");
        }
        signed = versions.version(order.id(), "SIGNED", LocalDate.of(2026, 6, 12));
        versions.touched(signed, order.directive("B"), "CHANGED");
        versions.touched(signed, order.directive("C"), "RETIRED");
    }

    private GapDashboard dashboard(Long version) {
        return signedIn.as("viewer.congress", () -> metrics.dashboard(
                new GapFilter(order.id(), null, null, null, null, version), LocalDate.of(2026, 11, 22)));
    }

    @Test
    void aVersionNarrowsTheFiguresToTheDirectivesItAddedOrChanged() {
        assertThat(dashboard(null).directives()).extracting(DirectiveGap::code).containsExactly("A", "B", "C", "D");
        assertThat(dashboard(null).headline().openTasks()).isEqualTo(5);

        GapDashboard ofSigned = dashboard(signed);
        assertThat(ofSigned.directives()).extracting(DirectiveGap::code).containsExactly("B");
        assertThat(ofSigned.directives().getFirst().tasks().tasks()).isEqualTo(2);
        assertThat(ofSigned.headline().openTasks()).as("only B's tasks count").isEqualTo(2);

        GapDashboard ofDraft = dashboard(draft);
        assertThat(ofDraft.directives()).extracting(DirectiveGap::code).containsExactly("A", "B", "C");
        assertThat(ofDraft.headline().openTasks()).isEqualTo(4);
    }

    @Test
    void theVersionChoicesAreTheOrdersVersionsWithHowManyDirectivesEachTouched() {
        assertThat(signedIn.as("viewer.congress", () -> metrics.versions(order.id()))).containsExactly(
                new Option(String.valueOf(draft), "Draft of 2026-05-20 (3 directives added or changed)"),
                new Option(String.valueOf(signed), "Signed of 2026-06-12 (1 directive added or changed)"));
    }

    @Test
    void anUnknownVersionOrOneOfAnotherOrderIsRefused() {
        TestOrder other = orders.order("OTHER-VERSIONS").directive("A", "cisa").create();
        assertThatThrownBy(() -> signedIn.as("viewer.congress", () -> metrics.dashboard(
                new GapFilter(other.id(), null, null, null, null, signed), LocalDate.of(2026, 11, 22))))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessage("Order version " + signed + " is a version of another order, not of order " + other.id());
        assertThatThrownBy(() -> dashboard(-7L)).isInstanceOf(InvalidFilterException.class)
                .hasMessage("No order version with id -7");
    }

    @Test
    void theApiTakesTheVersionAndAnswersABadOneWithAProblem() throws Exception {
        HttpResponse<String> narrowed = get("/api/v1/gaps?order=" + order.id() + "&version=" + signed);
        assertThat(narrowed.statusCode()).isEqualTo(200);
        assertThat(narrowed.body()).contains("\"code\":\"B\"").doesNotContain("\"code\":\"A\"");

        HttpResponse<String> unknown = get("/api/v1/gaps?order=" + order.id() + "&version=-7");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(unknown.body()).contains("No order version with id -7");

        assertThat(get("/api/v1/gaps/options/versions?order=" + order.id()).body())
                .contains("Signed of 2026-06-12 (1 directive added or changed)");
        assertThat(get("/api/openapi").body()).contains("only the directives that version of the order's text added");
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "viewer.congress:demo".getBytes(StandardCharsets.UTF_8)))
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
