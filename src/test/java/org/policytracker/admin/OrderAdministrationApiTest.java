package org.policytracker.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.policytracker.audit.AdministrationHistory;
import org.policytracker.audit.AdministrationHistory.Entry;
import org.policytracker.order.OrderAdministration;
import org.policytracker.order.OrderAdministration.OrderInput;
import org.policytracker.order.OrderAdministration.OrderState;
import org.policytracker.order.OrderService;
import org.policytracker.order.OrderStatus;
import org.policytracker.order.StaleEditException;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestOrders;
import org.policytracker.support.TestOrders.TestOrder;
import org.policytracker.task.TaskRules;
import org.policytracker.task.TaskValidationException;
import org.policytracker.uptake.PeriodStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Orders and directives administered over the REST API, as an administrator's script would: each
 * change is stored, recorded in the administration history, and refused with problem JSON (changing
 * nothing) when it breaks a rule; a directive with work on it is retired instead of deleted.
 */
@PolicyTrackerTest
class OrderAdministrationApiTest {

    private static final String ORDERS = "/api/v1/admin/orders";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SignedIn signedIn;
    @Autowired
    AdministrationHistory history;
    @Autowired
    TestOrders testOrders;
    @Autowired
    OrderService orderService;
    @Autowired
    OrderAdministration administration;

    private final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<String> send(String method, String path, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    private static String code() {
        return "T-ADM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static Map<String, Object> order(String code, String signedOn, String status) {
        Map<String, Object> order = new HashMap<>();
        order.put("code", code);
        order.put("number", "EO 14999");
        order.put("title", "Securing water utilities");
        order.put("signedOn", signedOn);
        order.put("status", status);
        order.put("summary", "Agencies help water utilities defend their systems.");
        order.put("sources", List.of(Map.of("title", "Text of the order", "reference", "91 FR 1234",
                "url", "https://www.federalregister.gov/d/2026-01234")));
        return order;
    }

    private static Map<String, Object> directive(String code, Map<String, Object> deadline) {
        Map<String, Object> directive = new HashMap<>();
        directive.put("code", code);
        directive.put("sectionRef", "Sec. 3(a)");
        directive.put("title", "Directive " + code);
        directive.put("text", "CISA assesses the water sector.");
        directive.put("kind", "AGENCY_ACTION");
        directive.put("leadAgency", "cisa");
        directive.put("supportingAgencies", List.of("dhs"));
        directive.put("priority", "HIGH");
        directive.put("deadline", deadline);
        directive.put("deadlineBasis", "STATED");
        return directive;
    }

    @Test
    void aSaveFromAnOlderVersionOfAnOrderOrDirectiveIsRefusedWith409AndOverwritesNothing() throws Exception {
        String code = code();
        long opened = ok(send("POST", ORDERS, order(code, "2026-06-02", "SIGNED")), 201).get("version").asLong();
        Map<String, Object> first = order(code, "2026-06-02", "SIGNED");
        first.put("title", "Saved first");
        first.put("version", opened);
        long saved = ok(send("PUT", ORDERS + "/" + code, first), 200).get("version").asLong();
        assertThat(saved).isGreaterThan(opened);
        Map<String, Object> second = order(code, "2026-06-02", "SIGNED");
        second.put("title", "Saved second, from the same page");
        second.put("version", opened);

        HttpResponse<String> refused = send("PUT", ORDERS + "/" + code, second);

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.get("title").asString()).isEqualTo("Changed since you opened it");
        assertThat(problem.get("detail").asString()).isEqualTo("Order " + code + " was changed by admin at "
                + "2026-11-22 12:00 UTC since you opened it; reload it to see that change, then make yours again. "
                + "Nothing was saved.");
        assertThat(problem.get("changedBy").asString()).isEqualTo("admin");
        assertThat(problem.get("currentVersion").asLong()).isEqualTo(saved);
        assertThat(ok(send("GET", ORDERS + "/" + code, null), 200).get("title").asString()).isEqualTo("Saved first");
        second.remove("version");
        assertThat(ok(send("PUT", ORDERS + "/" + code, second), 400).get("errors").get(0).get("field").asString())
                .isEqualTo("version");

        JsonNode directive = ok(send("POST", ORDERS + "/" + code + "/directives", directive("D1", null)), 201);
        Map<String, Object> firstEdit = directive("D1", null);
        firstEdit.put("title", "Edited first");
        firstEdit.put("version", directive.get("version").asLong());
        ok(send("PUT", ORDERS + "/" + code + "/directives/D1", firstEdit), 200);
        Map<String, Object> staleEdit = directive("D1", null);
        staleEdit.put("title", "Edited second");
        staleEdit.put("version", directive.get("version").asLong());
        JsonNode staleProblem = ok(send("PUT", ORDERS + "/" + code + "/directives/D1", staleEdit), 409);
        assertThat(staleProblem.get("detail").asString()).startsWith("Directive D1 of order " + code
                + " was changed by admin at 2026-11-22 12:00 UTC since you opened it; reload");
        assertThat(ok(send("GET", ORDERS + "/" + code + "/directives/D1", null), 200).get("title").asString())
                .isEqualTo("Edited first");
        assertThat(history("directive", code + "/D1")).extracting(e -> e.change().getAction())
                .containsExactly("changed", "created");
    }

    @Test
    void theServiceRefusesAnEditFromAVersionSomeoneSavedOver() {
        String code = code();
        OrderState created = signedIn.as("admin", () -> administration.create(new OrderInput(code, null, "Opened twice",
                LocalDate.of(2026, 6, 2), OrderStatus.SIGNED, null, List.of(), null)));
        signedIn.run("admin", () -> administration.update(code, new OrderInput(code, "EO 1", "First save",
                created.signedOn(), OrderStatus.SIGNED, null, List.of(), created.version())));

        assertThatThrownBy(() -> signedIn.run("admin", () -> administration.update(code, new OrderInput(code, "EO 2",
                "Second save", created.signedOn(), OrderStatus.AMENDED, null, List.of(), created.version()))))
                .isInstanceOfSatisfying(StaleEditException.class, stale -> {
                    assertThat(stale.changedBy()).isEqualTo("admin");
                    assertThat(stale.getMessage()).contains("was changed by admin at 2026-11-22 12:00 UTC since you "
                            + "opened it; reload");
                });
        OrderState stored = signedIn.as("admin", () -> administration.order(code));
        assertThat(stored.title()).isEqualTo("First save");
        assertThat(stored.status()).isEqualTo(OrderStatus.SIGNED);
    }

    private List<Entry> history(String type, String key) {
        return signedIn.as("admin", () -> history.of(type, key, 20));
    }

    @Test
    void anAdministratorCreatesAndEditsAnOrderWithItsSources() throws Exception {
        String code = code();
        JsonNode created = ok(send("POST", ORDERS, order(code, "2026-06-02", "SIGNED")), 201);
        assertThat(created.get("number").asString()).isEqualTo("EO 14999");
        assertThat(created.get("sources").get(0).get("reference").asString()).isEqualTo("91 FR 1234");

        Map<String, Object> edit = order(code, "2026-06-02", "AMENDED");
        edit.put("title", "Securing water and wastewater utilities");
        edit.put("sources", List.of(Map.of("title", "Fact sheet"), Map.of("title", "Amendment",
                "url", "https://example.gov/amendment")));
        edit.put("version", created.get("version").asLong());
        ok(send("PUT", ORDERS + "/" + code, edit), 200);

        JsonNode read = ok(send("GET", ORDERS + "/" + code, null), 200);
        assertThat(read.get("title").asString()).isEqualTo("Securing water and wastewater utilities");
        assertThat(read.get("status").asString()).isEqualTo("AMENDED");
        assertThat(read.get("sources")).extracting(s -> s.get("title").asString()).containsExactly("Fact sheet", "Amendment");
        assertThat(ok(send("GET", ORDERS, null), 200).valueStream().map(o -> o.get("code").asString())).contains(code);
        assertThat(history("order", code)).extracting(e -> e.change().getAction()).containsExactly("changed", "created");
        assertThat(history("order", code).getFirst().fields()).extracting(AdministrationHistory.FieldChange::field)
                .contains("title", "status", "sources");
    }

    @Test
    void aDeadlineGivenInDaysAfterSigningIsComputedAndFollowsTheSignedDate() throws Exception {
        String code = code();
        ok(send("POST", ORDERS, order(code, "2026-06-02", "SIGNED")), 201);
        JsonNode relative = ok(send("POST", ORDERS + "/" + code + "/directives",
                directive("D1", Map.of("daysAfterSigning", 90))), 201);
        JsonNode fixed = ok(send("POST", ORDERS + "/" + code + "/directives",
                directive("D2", Map.of("date", "2027-03-31"))), 201);
        assertThat(relative.get("deadline").asString()).isEqualTo("2026-08-31");
        assertThat(relative.get("deadlineDaysAfterSigning").asInt()).isEqualTo(90);
        assertThat(fixed.get("deadline").asString()).isEqualTo("2027-03-31");

        Map<String, Object> resigned = order(code, "2026-07-01", "SIGNED");
        resigned.put("version", ok(send("GET", ORDERS + "/" + code, null), 200).get("version").asLong());
        ok(send("PUT", ORDERS + "/" + code, resigned), 200);

        JsonNode directives = ok(send("GET", ORDERS + "/" + code + "/directives", null), 200);
        assertThat(directives.get(0).get("deadline").asString()).isEqualTo("2026-09-29");
        assertThat(directives.get(1).get("deadline").asString()).isEqualTo("2027-03-31");
        assertThat(jdbc.sql("SELECT deadline FROM directive WHERE id = ?").param(relative.get("id").asLong())
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2026, 9, 29));
        assertThat(history("directive", code + "/D1")).extracting(e -> e.change().getAction())
                .containsExactly("deadline recomputed from the signed date", "created");
    }

    @Test
    void directivesAreReordered() throws Exception {
        String code = code();
        ok(send("POST", ORDERS, order(code, "2026-06-02", "SIGNED")), 201);
        for (String directive : List.of("A", "B", "C")) {
            ok(send("POST", ORDERS + "/" + code + "/directives", directive(directive, null)), 201);
        }

        JsonNode moved = ok(send("PUT", ORDERS + "/" + code + "/directives/C/position", Map.of("position", 0)), 200);

        assertThat(moved.valueStream().map(d -> d.get("code").asString())).containsExactly("C", "A", "B");
        assertThat(ok(send("GET", ORDERS + "/" + code + "/directives", null), 200).valueStream()
                .map(d -> d.get("code").asString() + d.get("position").asInt())).containsExactly("C0", "A1", "B2");
        assertThat(orderService.directives().stream().filter(row -> row.orderCode().equals(code))
                .map(OrderService.DirectiveRow::code)).containsExactly("C", "A", "B");
        assertThat(ok(send("PUT", ORDERS + "/" + code + "/directives/C/position", Map.of("position", 3)), 400)
                .get("errors").get(0).get("field").asString()).isEqualTo("position");
    }

    @Test
    void aDirectiveWithTasksIsRetiredNotDeletedAndTakesNoNewTasks() throws Exception {
        TestOrder order = testOrders.order("RETIRE").directive("A", "cisa").create();
        long task = testOrders.task("pm.cisa", order.directive("A"), "Water pilot", LocalDate.of(2027, 1, 31));

        HttpResponse<String> refused = send("DELETE", ORDERS + "/" + order.code() + "/directives/A", null);

        JsonNode problem = ok(refused, 409);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(problem.get("detail").asString()).contains("cannot be deleted").contains("1 task")
                .contains("retired instead");
        assertThat(problem.get("directive").get("retiredAt").isNull()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM task WHERE id = ?").param(task).query(Long.class).single()).isOne();
        assertThat(orderService.directive(order.directive("A"))).hasValueSatisfying(d -> assertThat(d.retired()).isTrue());
        assertThat(orderService.directivesOpenForWork()).noneMatch(row -> row.id() == order.directive("A"));
        assertThat(history("directive", order.code() + "/A")).extracting(e -> e.change().getAction())
                .containsExactly("retired");

        assertThatThrownBy(() -> testOrders.task("pm.cisa", order.directive("A"), "Another", null))
                .isInstanceOfSatisfying(TaskValidationException.class, refusal -> assertThat(
                        refusal.fieldErrors().get(TaskRules.DIRECTIVE)).contains("retired").contains("no new tasks"));
        assertThat(ok(send("PUT", ORDERS + "/" + order.code() + "/directives/A", directive("A", null)), 409)
                .get("detail").asString()).contains("retired");
    }

    @Test
    void aDirectiveWithAMeasureAndReportsIsRetiredNotDeleted() throws Exception {
        TestOrder order = testOrders.order("RETIREM").directive("A", "cisa").measure("M", "A", "healthcare")
                .period("OPEN", PeriodStatus.OPEN).create();
        testOrders.report("reporter.health", order.measure("M"), "healthcare", order.period("OPEN"), 100, 40, 10);

        JsonNode problem = ok(send("DELETE", ORDERS + "/" + order.code() + "/directives/A", null), 409);

        assertThat(problem.get("workOnIt").valueStream().map(JsonNode::asString)).containsExactly("1 measure", "1 report");
        assertThat(jdbc.sql("SELECT retired_at IS NOT NULL FROM directive WHERE id = ?").param(order.directive("A"))
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aDirectiveWithNothingOnItIsDeleted() throws Exception {
        String code = code();
        ok(send("POST", ORDERS, order(code, "2026-06-02", "SIGNED")), 201);
        long id = ok(send("POST", ORDERS + "/" + code + "/directives", directive("GONE", null)), 201).get("id").asLong();

        assertThat(send("DELETE", ORDERS + "/" + code + "/directives/GONE", null).statusCode()).isEqualTo(204);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM directive WHERE id = ?").param(id).query(Long.class).single()).isZero();
        assertThat(history("directive", code + "/GONE")).extracting(e -> e.change().getAction())
                .containsExactly("deleted", "created");
        assertThat(send("GET", ORDERS + "/" + code + "/directives/GONE", null).statusCode()).isEqualTo(404);
    }

    @Test
    void invalidOrdersAndDirectivesAreRefusedFieldByFieldAndChangeNothing() throws Exception {
        String code = code();
        Map<String, Object> bad = order(code, null, "SIGNED");
        bad.put("title", " ");
        bad.put("sources", List.of(Map.of("title", "Text", "url", "ftp://example.gov/text")));

        JsonNode refused = ok(send("POST", ORDERS, bad), 400);

        assertThat(refused.get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactly("signedOn", "sources[0].url", "title");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM exec_order WHERE code = ?").param(code).query(Long.class).single()).isZero();

        ok(send("POST", ORDERS, order(code, "2026-06-02", "SIGNED")), 201);
        ok(send("POST", ORDERS + "/" + code + "/directives", directive("D1", null)), 201);
        Map<String, Object> both = directive("D2", Map.of("date", "2027-01-01", "daysAfterSigning", 30));
        both.put("leadAgency", "hospital-assoc");
        both.put("supportingAgencies", List.of("nobody"));
        JsonNode directiveRefused = ok(send("POST", ORDERS + "/" + code + "/directives", both), 400);
        assertThat(directiveRefused.get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactly("deadline", "leadAgency", "supportingAgencies");
        assertThat(ok(send("POST", ORDERS + "/" + code + "/directives", directive("D1", null)), 400)
                .get("detail").asString()).contains("has a directive D1 already");
        Map<String, Object> renamed = order(code, "2026-06-02", "DRAFT");
        renamed.put("title", "");
        renamed.put("version", ok(send("GET", ORDERS + "/" + code, null), 200).get("version").asLong());
        ok(send("PUT", ORDERS + "/" + code, renamed), 400);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM directive d JOIN exec_order o ON o.id = d.order_id WHERE o.code = ?")
                .param(code).query(Long.class).single()).isOne();
        assertThat(jdbc.sql("SELECT status FROM exec_order WHERE code = ?").param(code).query(String.class).single())
                .isEqualTo("SIGNED");
        assertThat(history("order", code)).hasSize(1);
        assertThat(send("GET", ORDERS + "/NO-SUCH-" + code, null).statusCode()).isEqualTo(404);
    }
}
