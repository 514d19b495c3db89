package org.policytracker.uptake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.policytracker.audit.AdministrationHistory;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestOrders.TestOrder;
import org.policytracker.support.TestOrders;
import org.policytracker.tenant.AdministrativeChangeRefused;
import org.policytracker.uptake.MeasureAdministration.MeasureInput;
import org.policytracker.uptake.MeasureAdministration.MeasureState;
import org.policytracker.uptake.PeriodAdministration.Frequency;
import org.policytracker.uptake.PeriodAdministration.ScheduleInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sectors, measures and reporting periods administered over the real REST API (HTTP Basic as the
 * demo administrator) and the services: each change is kept and written to the administration
 * history; refusals (a measure or period with reports, an overlapping schedule, a duplicate) are
 * problem JSON naming the field, and change nothing. Every test makes its own order, codes and dates
 * (periods in a random far-future year of its own, so no schedule overlaps another test's).
 */
@PolicyTrackerTest
class CatalogueAdministrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    TestOrders orders;
    @Autowired
    SignedIn signedIn;
    @Autowired
    AdministrationHistory history;
    @Autowired
    MeasureAdministration measures;
    @Autowired
    PeriodAdministration periods;

    private HttpResponse<String> call(String user, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
                        .getBytes(StandardCharsets.UTF_8)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private List<String> historyActions(String type, String key) {
        return signedIn.as("admin", () -> history.of(type, key, 20)).stream()
                .map(entry -> entry.change().getAction()).toList().reversed();
    }

    /** The periods a schedule created, each as "code start end due status". */
    private static List<String> scheduled(HttpResponse<String> created) {
        return json(created).valueStream().map(p -> p.get("code").asString() + " " + p.get("startsOn").asString()
                + " " + p.get("endsOn").asString() + " " + p.get("dueOn").asString() + " " + p.get("status").asString())
                .toList();
    }

    /** A year no other test uses, for periods that must not overlap anyone's. */
    private static int ownYear() {
        return ThreadLocalRandom.current().nextInt(2200, 9000);
    }

    /** {@link #ownYear()}, not a leap year. */
    private static int ownCommonYear() {
        int year = ownYear();
        return Year.isLeap(year) ? year + 1 : year;
    }

    @Test
    void aSectorIsCreatedAndEditedOverTheApiAndADuplicateIdIsRefused() throws Exception {
        String id = "water-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = call("admin", "POST", "/api/v1/admin/sectors",
                "{\"id\": \"" + id + "\", \"name\": \"Water\", \"description\": \"Utilities\", \"source\": \"EO\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        HttpResponse<String> edited = call("admin", "PUT", "/api/v1/admin/sectors/" + id,
                "{\"name\": \"Water and wastewater\", \"description\": \"Utilities\", \"source\": \"EO\"}");
        assertThat(edited.statusCode()).isEqualTo(200);
        assertThat(json(edited).get("name").asString()).isEqualTo("Water and wastewater");

        HttpResponse<String> duplicate = call("admin", "POST", "/api/v1/admin/sectors",
                "{\"id\": \"" + id + "\", \"name\": \"Again\"}");
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(duplicate.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(duplicate).get("errors").get(0).get("field").asString()).isEqualTo("id");

        JsonNode all = json(call("admin", "GET", "/api/v1/admin/sectors", null));
        assertThat(all.valueStream().filter(s -> s.get("id").asString().equals(id)).findFirst()).hasValueSatisfying(
                sector -> assertThat(sector.get("name").asString()).isEqualTo("Water and wastewater"));
        assertThat(historyActions("sector", id)).containsExactly("created", "edited");
    }

    @Test
    void nonAdministratorsAreRefusedAndChangeNothing() throws Exception {
        String id = "refused-" + UUID.randomUUID().toString().substring(0, 8);
        for (String user : List.of("pm.cisa", "reporter.health", "viewer.congress")) {
            assertThat(call(user, "POST", "/api/v1/admin/sectors", "{\"id\": \"" + id + "\", \"name\": \"X\"}")
                    .statusCode()).as(user).isEqualTo(403);
            assertThat(call(user, "GET", "/api/v1/admin/measures", null).statusCode()).as(user).isEqualTo(403);
        }
        assertThat(json(call("admin", "GET", "/api/v1/admin/sectors", null)).valueStream()
                .noneMatch(s -> s.get("id").asString().equals(id))).isTrue();
    }

    @Test
    void aMeasureForTwoSectorsIsCreatedEditedAndDeletedWhileItHasNoReports() throws Exception {
        TestOrder order = orders.order("MEASURE-CRUD").directive("A", "cisa").create();
        String code = order.code() + "-NEW";
        HttpResponse<String> created = call("admin", "POST", "/api/v1/admin/measures", """
                {"code": "%s", "directiveId": %d, "title": "Adopt MFA", "adoptionDefinition": "MFA on all accounts",
                 "eligiblePopulation": "Hospitals", "targetPercent": 60, "targetDate": "2027-12-31",
                 "sectors": ["healthcare", "finance"]}""".formatted(code, order.directive("A")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode measure = json(created);
        assertThat(measure.get("leadAgency").asString()).isEqualTo("cisa");
        assertThat(measure.get("terms").get(0).get("sectors").valueStream().map(JsonNode::asString))
                .containsExactly("finance", "healthcare");

        HttpResponse<String> edited = call("admin", "PUT", "/api/v1/admin/measures/" + code, """
                {"directiveId": %d, "title": "Adopt phishing-resistant MFA", "adoptionDefinition": "MFA on all accounts",
                 "eligiblePopulation": "Hospitals", "targetPercent": 60, "targetDate": "2028-06-30",
                 "sectors": ["healthcare", "finance"]}""".formatted(order.directive("A")));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(json(edited).get("title").asString()).isEqualTo("Adopt phishing-resistant MFA");
        assertThat(json(edited).get("terms").size()).as("no change of terms").isEqualTo(1);

        assertThat(call("admin", "DELETE", "/api/v1/admin/measures/" + code, null).statusCode()).isEqualTo(204);
        assertThat(call("admin", "GET", "/api/v1/admin/measures/" + code, null).statusCode()).isEqualTo(404);
        assertThat(historyActions("measure", code)).containsExactly("created", "edited", "deleted");
    }

    @Test
    void aChangeOfTargetNeedsThePeriodItAppliesFromAndKeepsTheFirstTerms() {
        TestOrder order = orders.order("MEASURE-TERMS").directive("A", "cisa").measure("M", "A", "healthcare")
                .period("P1", PeriodStatus.OPEN).period("P2", PeriodStatus.PLANNED).create();
        MeasureState before = signedIn.as("admin", () -> measures.get(order.measure("M")));
        MeasureInput higher = new MeasureInput(null, before.directiveId(), before.title(), before.adoptionDefinition(),
                before.eligiblePopulation(), new BigDecimal("75"), null, Set.of("healthcare", "finance"), null);

        assertThatThrownBy(() -> signedIn.run("admin", () -> measures.edit(order.measure("M"), higher)))
                .isInstanceOfSatisfying(AdministrativeChangeRefused.class,
                        refused -> assertThat(refused.field()).isEqualTo("termsFromPeriod"));

        MeasureState after = signedIn.as("admin", () -> measures.edit(order.measure("M"), new MeasureInput(null,
                higher.directiveId(), higher.title(), higher.adoptionDefinition(), higher.eligiblePopulation(),
                higher.targetPercent(), null, higher.sectors(), order.period("P2"))));
        assertThat(after.terms()).hasSize(2);
        assertThat(after.terms().getFirst().targetPercent()).isEqualByComparingTo("50");
        assertThat(after.terms().getFirst().sectors()).containsExactly("healthcare");
        assertThat(after.currentTerms().fromPeriod()).isEqualTo(order.period("P2"));
        assertThat(after.currentTerms().targetPercent()).isEqualByComparingTo("75");
        assertThat(after.currentTerms().sectors()).containsExactly("finance", "healthcare");
        assertThat(historyActions("measure", order.measure("M"))).containsExactly("edited; terms from " + order.period("P2"));
    }

    @Test
    void aMeasureWithReportsCannotBeDeleted() throws Exception {
        TestOrder order = orders.order("MEASURE-KEEP").directive("A", "cisa").measure("M", "A", "healthcare")
                .period("OPEN", PeriodStatus.OPEN).create();
        orders.report("reporter.health", order.measure("M"), "healthcare", order.period("OPEN"), 10, 5, 1);

        HttpResponse<String> refused = call("admin", "DELETE", "/api/v1/admin/measures/" + order.measure("M"), null);

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).get("errors").get(0).get("message").asString())
                .contains("has 1 participation report").contains("cannot be deleted");
        assertThat(call("admin", "GET", "/api/v1/admin/measures/" + order.measure("M"), null).statusCode())
                .isEqualTo(200);
        assertThat(historyActions("measure", order.measure("M"))).isEmpty();
    }

    @Test
    void aQuarterlyScheduleCoversTheRangeWithReportsDueDaysAfterEachEnd() throws Exception {
        int year = ownYear();
        HttpResponse<String> created = call("admin", "POST", "/api/v1/admin/periods/schedule", """
                {"frequency": "QUARTERLY", "from": "%d-02-10", "to": "%d-09-30", "dueDaysAfterEnd": 45}"""
                .formatted(year, year));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(scheduled(created))
                .containsExactly(
                        year + "-Q1 " + year + "-01-01 " + year + "-03-31 " + year + "-05-15 PLANNED",
                        year + "-Q2 " + year + "-04-01 " + year + "-06-30 " + year + "-08-14 PLANNED",
                        year + "-Q3 " + year + "-07-01 " + year + "-09-30 " + year + "-11-14 PLANNED");
        assertThat(historyActions("period", year + "-Q2")).containsExactly("created");
    }

    @Test
    void aMonthlyScheduleCoversEachMonthOfTheRangeWithReportsDueDaysAfterEachMonthsEnd() throws Exception {
        int year = ownCommonYear(); // February ends on the 28th
        HttpResponse<String> created = call("admin", "POST", "/api/v1/admin/periods/schedule", """
                {"frequency": "MONTHLY", "from": "%d-01-15", "to": "%d-03-10", "dueDaysAfterEnd": 30}"""
                .formatted(year, year));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        // 30 days after the month's end, not "the same day a month later": January's reports fall due in March
        assertThat(scheduled(created))
                .containsExactly(
                        year + "-01 " + year + "-01-01 " + year + "-01-31 " + year + "-03-02 PLANNED",
                        year + "-02 " + year + "-02-01 " + year + "-02-28 " + year + "-03-30 PLANNED",
                        year + "-03 " + year + "-03-01 " + year + "-03-31 " + year + "-04-30 PLANNED");
        assertThat(historyActions("period", year + "-02")).containsExactly("created");
    }

    @Test
    void anOverlappingScheduleIsRefusedWholeAndNothingIsCreated() throws Exception {
        int year = ownYear();
        signedIn.run("admin", () -> periods.create(new PeriodAdministration.PeriodInput("X-" + year,
                LocalDate.of(year, 8, 15), LocalDate.of(year, 8, 20), LocalDate.of(year, 9, 30))));

        HttpResponse<String> refused = call("admin", "POST", "/api/v1/admin/periods/schedule", """
                {"frequency": "MONTHLY", "from": "%d-06-01", "to": "%d-12-31", "dueDaysAfterEnd": 10}"""
                .formatted(year, year));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).get("errors").get(0).get("message").asString())
                .contains(year + "-08").contains("overlaps X-" + year).contains("nothing was created");
        List<String> codes = signedIn.as("admin", () -> periods.all()).stream().map(PeriodRow::code).toList();
        assertThat(codes).contains("X-" + year).doesNotContain(year + "-06", year + "-07", year + "-12");
    }

    @Test
    void aPeriodWithoutReportsIsDeletedAndOneWithReportsIsRefused() throws Exception {
        TestOrder order = orders.order("PERIOD-DEL").directive("A", "cisa").measure("M", "A", "healthcare")
                .period("USED", PeriodStatus.OPEN).create();
        orders.report("reporter.health", order.measure("M"), "healthcare", order.period("USED"), 10, 5, 1);
        int year = ownYear();
        signedIn.run("admin", () -> periods.schedule(new ScheduleInput(Frequency.MONTHLY, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 1, 31), 5)));

        assertThat(call("admin", "DELETE", "/api/v1/admin/periods/" + year + "-01", null).statusCode()).isEqualTo(204);
        HttpResponse<String> refused = call("admin", "DELETE", "/api/v1/admin/periods/" + order.period("USED"), null);

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).get("errors").get(0).get("message").asString()).contains("close it instead");
        List<String> codes = signedIn.as("admin", () -> periods.all()).stream().map(PeriodRow::code).toList();
        assertThat(codes).contains(order.period("USED")).doesNotContain(year + "-01");
        assertThat(historyActions("period", year + "-01")).containsExactly("created", "deleted");
    }

    @Test
    void openingAndClosingAPeriodIsRecorded() throws Exception {
        int year = ownYear();
        String code = "OC-" + year;
        signedIn.run("admin", () -> periods.create(new PeriodAdministration.PeriodInput(code, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 1, 31), LocalDate.of(year, 2, 28))));
        assertThat(call("admin", "PUT", "/api/v1/admin/periods/" + code + "/status", "{\"status\": \"OPEN\"}")
                .statusCode()).isEqualTo(200);
        assertThat(call("admin", "PUT", "/api/v1/admin/periods/" + code + "/status", "{\"status\": \"CLOSED\"}")
                .statusCode()).isEqualTo(200);
        assertThat(historyActions("period", code)).containsExactly("created", "opened", "closed");
    }

    @Test
    void theServicesThemselvesRefuseNonAdministrators() {
        assertThatThrownBy(() -> signedIn.run("pm.cisa", () -> periods.schedule(new ScheduleInput(Frequency.MONTHLY,
                LocalDate.of(2999, 1, 1), LocalDate.of(2999, 1, 31), 5)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.run("viewer.congress", () -> measures.all()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
