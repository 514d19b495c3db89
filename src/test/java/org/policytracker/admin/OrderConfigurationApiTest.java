package org.policytracker.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.TestOrders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Order configuration files over real HTTP against the real database: export, preview and import
 * round trips, refusals that change nothing, and the published schema.
 */
@PolicyTrackerTest
class OrderConfigurationApiTest {

    /** Every table an import writes to. */
    private static final String[] TABLES = {"exec_order", "order_source", "order_version", "directive",
            "directive_supporting_agency", "voluntary_measure", "measure_sector", "measure_terms",
            "measure_terms_sector", "sector", "reporting_period", "administration_change"};

    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestOrders orders;

    /**
     * A document of a new order (numbered, amended): three directives (one due 90 days after signing), two
     * measures (one for a sector of its own, one whose terms change from the document's period), a period.
     */
    private ObjectNode newDocument(String suffix) {
        String text = """
                {
                  "order": {
                    "code": "CFG-%1$s", "number": "EO 9-%1$s", "title": "Configured order %1$s", "signedOn": "2026-09-01",
                    "status": "AMENDED",
                    "summary": "An order set up from a file.",
                    "sources": [{"title": "The text", "reference": "Fed. Reg. 1", "url": "https://example.gov/text"},
                                {"title": "A fact sheet", "reference": null, "url": null}],
                    "versions": [{"label": "Signed order", "effectiveOn": "2026-09-01", "summary": null, "basis": "STATED"}]
                  },
                  "directives": [
                    {"code": "S1", "sectionRef": "Sec. 1(a)", "title": "First", "summary": "Do the first thing", "kind": "AGENCY_ACTION",
                     "leadAgency": "cisa", "supportingAgencies": ["treasury", "dhs"], "deadline": "2027-03-01",
                     "deadlineBasis": "STATED", "priority": "HIGH", "source": "Sec. 1"},
                    {"code": "S2", "sectionRef": "Sec. 2", "title": "Second", "summary": null, "kind": "VOLUNTARY_MEASURE",
                     "leadAgency": "dhs", "supportingAgencies": [], "deadline": "2027-01-31", "deadlineDaysAfterSigning": null,
                     "deadlineBasis": "ASSUMED", "priority": "LOW", "source": null, "retiredAt": null},
                    {"code": "S3", "title": "Third", "summary": null, "kind": "COORDINATION", "leadAgency": "nsa",
                     "supportingAgencies": ["cisa"], "deadlineDaysAfterSigning": 90, "deadlineBasis": "STATED",
                     "priority": "MEDIUM", "source": null}
                  ],
                  "measures": [
                    {"code": "CFG-%1$s-M1", "directive": "S2", "title": "Take it up", "adoptionDefinition": "Runs it",
                     "eligiblePopulation": "Members", "targetPercent": 62.5, "targetDate": "2027-12-31",
                     "targetBasis": "ASSUMED", "sectors": ["finance", "healthcare"],
                     "terms": [{"fromPeriod": "C-%1$s", "targetPercent": 70, "sectors": ["finance"]}]},
                    {"code": "CFG-%1$s-M2", "directive": "S2", "title": "Take the other up", "adoptionDefinition": "Uses it",
                     "eligiblePopulation": "Everyone", "targetPercent": 40, "targetDate": null,
                     "targetBasis": "STATED", "sectors": ["cfg-%2$s"]}
                  ],
                  "sectors": [
                    {"id": "cfg-%2$s", "name": "Configured sector %1$s", "description": "A sector from a file", "source": null}
                  ],
                  "periods": [
                    {"code": "C-%1$s", "startsOn": "2195-01-01", "endsOn": "2195-03-31", "dueOn": "2195-04-30",
                     "status": "PLANNED"}
                  ]
                }
                """.formatted(suffix, suffix.toLowerCase(Locale.ROOT));
        return (ObjectNode) json.readTree(text);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    }

    @Test
    void anExportImportedUnderAFreshCodeExportsTheSameDocument() {
        String suffix = suffix();
        ObjectNode original = newDocument(suffix);
        assertThat(post("/api/v1/admin/order-config", "admin", original).statusCode()).isEqualTo(200);
        String code = "CFG-" + suffix;
        // what only the administration pages do: reorder (S3 first) and retire S1, on which a task hangs
        assertThat(put("/api/v1/admin/orders/" + code + "/directives/S3/position", "{\"position\": 0}").statusCode())
                .isEqualTo(200);
        orders.task("pm.cisa", directiveId(code, "S1"), "Work on S1 " + suffix, LocalDate.of(2027, 1, 15));
        assertThat(delete("/api/v1/admin/orders/" + code + "/directives/S1").statusCode()).isEqualTo(409);

        JsonNode exported = exported(code);
        assertThat(exported.get("order")).isEqualTo(json.readTree(original.get("order").toString()));
        assertThat(exported.get("order").get("number").asString()).isEqualTo("EO 9-" + suffix);
        assertThat(exported.get("order").get("status").asString()).isEqualTo("AMENDED");
        assertThat(exported.get("directives")).extracting(d -> d.get("code").asString())
                .as("in position order").containsExactly("S3", "S1", "S2");
        JsonNode third = exported.get("directives").get(0);
        assertThat(third.get("deadlineDaysAfterSigning").asInt()).isEqualTo(90);
        assertThat(third.get("deadline").asString()).as("2026-09-01 + 90 days").isEqualTo("2026-11-30");
        JsonNode first = exported.get("directives").get(1);
        assertThat(first.get("sectionRef").asString()).isEqualTo("Sec. 1(a)");
        assertThat(first.get("retiredAt").asString()).isEqualTo("2026-11-22T12:00:00Z");
        assertThat(first.get("supportingAgencies").toString()).isEqualTo("[\"dhs\",\"treasury\"]");
        assertThat(exported.get("directives").get(2)).isEqualTo(original.get("directives").get(1));
        JsonNode measure = exported.get("measures").get(0);
        assertThat(measure.get("targetPercent").decimalValue()).as("first terms").isEqualByComparingTo("62.5");
        assertThat(measure.get("sectors").toString()).isEqualTo("[\"finance\",\"healthcare\"]");
        assertThat(terms(measure)).containsExactly("C-" + suffix + " 70 [\"finance\"]");
        assertThat(exported.get("measures").get(1).get("terms").toString()).isEqualTo("[]");
        assertThat(exported.get("sectors").toString()).contains("cfg-" + suffix.toLowerCase(Locale.ROOT), "\"finance\"",
                "\"healthcare\"");
        assertThat(exported.get("periods").toString()).contains("C-" + suffix);

        String fresh = suffix();
        ObjectNode copy = (ObjectNode) json.readTree(exported.toString().replace(code, "CFG-" + fresh)
                .replace("EO 9-" + suffix, "EO 9-" + fresh));
        HttpResponse<String> imported = post("/api/v1/admin/order-config", "admin", copy);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        assertThat(exported("CFG-" + fresh)).isEqualTo(copy);
        assertThat(exported("CFG-" + fresh).toString().replace("CFG-" + fresh, code).replace("EO 9-" + fresh,
                "EO 9-" + suffix)).isEqualTo(exported(code).toString());
        assertThat(directiveStates("CFG-" + fresh)).extracting(d -> d.get("code").asString() + " "
                + d.get("position").asInt() + " " + !d.get("retiredAt").isNull())
                .containsExactly("S3 0 false", "S1 1 true", "S2 2 false");
    }

    @Test
    void anImportThatChangesTermsAddsThemFromAPeriodAndKeepsTheFirstTerms() {
        String suffix = suffix();
        post("/api/v1/admin/order-config", "admin", newDocument(suffix));
        String code = "CFG-" + suffix;
        ObjectNode changed = (ObjectNode) json.readTree(exported(code).toString());
        ObjectNode stated = (ObjectNode) changed.get("measures").get(0);
        ((ArrayNode) stated.get("terms")).addObject().put("fromPeriod", "C2-" + suffix).put("targetPercent", 75)
                .putArray("sectors").add("finance").add("healthcare");
        ((ArrayNode) changed.get("periods")).addObject().put("code", "C2-" + suffix).put("startsOn", "2195-04-01")
                .put("endsOn", "2195-06-30").put("dueOn", "2195-07-31").put("status", "PLANNED");
        ((ObjectNode) changed.get("measures").get(1)).put("targetPercent", 55);

        HttpResponse<String> applied = post("/api/v1/admin/order-config", "admin", changed);

        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        assertThat(applied.body()).contains("\"key\":\"" + code + "-M2\",\"outcome\":\"CHANGED\","
                + "\"changedFields\":[\"terms\"]");
        JsonNode after = exported(code);
        JsonNode first = after.get("measures").get(0);
        assertThat(first.get("targetPercent").decimalValue()).isEqualByComparingTo("62.5");
        assertThat(terms(first)).containsExactly("C-" + suffix + " 70 [\"finance\"]",
                "C2-" + suffix + " 75 [\"finance\",\"healthcare\"]");
        JsonNode second = after.get("measures").get(1);
        assertThat(second.get("targetPercent").decimalValue()).as("first terms kept").isEqualByComparingTo("40");
        String earliestOpen = jdbc.sql("SELECT code FROM reporting_period WHERE status = 'OPEN' "
                + "ORDER BY starts_on, code LIMIT 1").query(String.class).single();
        assertThat(terms(second)).as("a document without terms: from the earliest open period")
                .containsExactly(earliestOpen + " 55 [\"cfg-" + suffix.toLowerCase(Locale.ROOT) + "\"]");
    }

    @Test
    void anImportThatWouldRewriteHistoryOrAnotherDeadlineIsRefusedAndChangesNothing() {
        String suffix = suffix();
        post("/api/v1/admin/order-config", "admin", newDocument(suffix));
        String code = "CFG-" + suffix;
        orders.task("pm.cisa", directiveId(code, "S1"), "Work on S1 " + suffix, LocalDate.of(2027, 1, 15));
        delete("/api/v1/admin/orders/" + code + "/directives/S1");
        ObjectNode changed = (ObjectNode) json.readTree(exported(code).toString());
        ((ObjectNode) changed.get("directives").get(0)).put("title", "Retired, renamed").putNull("retiredAt");
        ((ObjectNode) changed.get("directives").get(2)).put("deadline", "2027-01-01");
        ((ObjectNode) changed.get("measures").get(0)).put("targetPercent", 10);
        ((ObjectNode) changed.get("measures").get(1)).putArray("terms").addObject().put("fromPeriod", "NO-SUCH")
                .put("targetPercent", 5).putArray("sectors").add("finance");
        Map<String, Long> before = rowCounts();

        HttpResponse<String> refused = post("/api/v1/admin/order-config", "admin", changed);

        Map<String, String> errors = errorsOf(refused);
        assertThat(errors).containsOnlyKeys("/directives/0", "/directives/2/deadline", "/measures/0/targetPercent",
                "/measures/1/terms/0/fromPeriod");
        assertThat(errors.get("/directives/0")).contains("retired", "read-only", "title");
        assertThat(errors.get("/directives/2/deadline")).contains("90 days after signing", "2026-11-30");
        assertThat(errors.get("/measures/0/targetPercent")).contains("first terms", "terms entry from a period");
        assertThat(errors.get("/measures/1/terms/0/fromPeriod")).contains("NO-SUCH");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aDocumentWithoutTheNewerFieldsImportsWithTheirDefaults() {
        String suffix = suffix();
        ObjectNode older = newDocument(suffix);
        ((ObjectNode) older.get("order")).remove("number");
        ((ObjectNode) older.get("order")).put("status", "SIGNED");
        for (JsonNode directive : older.get("directives")) {
            ((ObjectNode) directive).remove(List.of("sectionRef", "deadlineDaysAfterSigning", "retiredAt"));
        }
        ((ObjectNode) older.get("directives").get(2)).put("deadline", "2027-06-30");
        ((ObjectNode) older.get("measures").get(0)).remove("terms");

        HttpResponse<String> imported = post("/api/v1/admin/order-config", "admin", older);

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode exported = exported("CFG-" + suffix);
        assertThat(exported.get("order").get("number").isNull()).isTrue();
        assertThat(exported.get("directives")).allSatisfy(directive -> {
            assertThat(directive.get("sectionRef").isNull()).isTrue();
            assertThat(directive.get("retiredAt").isNull()).isTrue();
            assertThat(directive.get("deadlineDaysAfterSigning").isNull()).isTrue();
        });
        assertThat(exported.get("measures").get(0).get("terms").toString()).isEqualTo("[]");
    }

    @Test
    void reImportingAnUnchangedExportChangesNothing() {
        String suffix = suffix();
        post("/api/v1/admin/order-config", "admin", newDocument(suffix));
        JsonNode exported = exported("CFG-" + suffix);
        Map<String, Long> before = rowCounts();

        HttpResponse<String> again = post("/api/v1/admin/order-config", "admin", exported);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json.readTree(again.body()).get("items")).allSatisfy(
                item -> assertThat(item.get("outcome").asString()).isEqualTo("UNCHANGED"));
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aPreviewListsAdditionsChangesAndWhatIsKeptWithoutWriting() {
        String suffix = suffix();
        post("/api/v1/admin/order-config", "admin", newDocument(suffix));
        ObjectNode changed = (ObjectNode) json.readTree(exported("CFG-" + suffix).toString());
        ArrayNode directives = (ArrayNode) changed.get("directives");
        ((ObjectNode) directives.get(0)).put("title", "First, renamed").put("priority", "LOW");
        directives.remove(2);
        ObjectNode added = directives.addObject();
        added.put("code", "S4").put("title", "Fourth").put("kind", "ENFORCEMENT").put("leadAgency", "doj")
                .put("deadlineBasis", "ASSUMED").put("priority", "HIGH");
        ((ObjectNode) changed.get("measures").get(1)).put("targetPercent", 55);
        Map<String, Long> before = rowCounts();

        HttpResponse<String> preview = post("/api/v1/admin/order-config/preview", "admin", changed);

        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (JsonNode item : json.readTree(preview.body()).get("items")) {
            outcomes.put(item.get("subject").asString() + " " + item.get("key").asString(),
                    item.get("outcome").asString() + " " + item.get("changedFields"));
        }
        String order = "CFG-" + suffix;
        assertThat(outcomes).containsEntry("order " + order, "UNCHANGED []")
                .containsEntry("directive " + order + "/S1", "CHANGED [\"title\",\"priority\"]")
                .containsEntry("directive " + order + "/S2", "UNCHANGED []")
                .containsEntry("directive " + order + "/S4", "ADDED []")
                .containsEntry("directive " + order + "/S3", "NOT_IN_DOCUMENT []")
                .containsEntry("measure " + order + "-M1", "UNCHANGED []")
                .containsEntry("measure " + order + "-M2", "CHANGED [\"terms\"]");
        assertThat(rowCounts()).as("a preview writes nothing").isEqualTo(before);
        assertThat(exported(order).get("directives").get(0).get("title").asString()).isEqualTo("First");

        assertThat(post("/api/v1/admin/order-config", "admin", changed).statusCode()).isEqualTo(200);
        JsonNode after = exported(order);
        assertThat(after.get("directives").get(0).get("title").asString()).isEqualTo("First, renamed");
        assertThat(after.get("directives")).extracting(d -> d.get("code").asString())
                .as("S3 is kept, never deleted, after the document's directives").containsExactly("S1", "S2", "S4", "S3");
        assertThat(jdbc.sql("SELECT actor, action FROM administration_change WHERE subject_type = 'directive' "
                + "AND subject_key = ? ORDER BY id").param(order + "/S1").query((rs, n) -> rs.getString(1) + " "
                + rs.getString(2)).list()).containsExactly("admin added by import", "admin changed by import");
    }

    @Test
    void aDocumentAgainstTheSchemaIsRefusedWithEveryPlaceAndChangesNothing() {
        ObjectNode document = newDocument(suffix());
        ((ObjectNode) document.get("directives").get(1)).put("kind", "WISH");
        ((ObjectNode) document.get("order")).remove("title");
        ((ObjectNode) document.get("periods").get(0)).put("dueOn", "2195-02-30");
        ((ObjectNode) document.get("directives").get(0)).put("code", " S1");
        Map<String, Long> before = rowCounts();

        HttpResponse<String> refused = post("/api/v1/admin/order-config", "admin", document);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode errors = json.readTree(refused.body()).get("errors");
        assertThat(errors).extracting(error -> error.get("field").asString())
                .contains("/directives/0/code", "/directives/1/kind", "/order", "/periods/0/dueOn");
        assertThat(errors.toString()).contains("title", "must not be empty, nor begin or end with a space");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aBusinessProblemInTheLastElementRefusesTheWholeDocument() {
        ObjectNode document = newDocument(suffix());
        ((ObjectNode) document.get("measures").get(1)).putArray("sectors").add("no-such-sector");
        ((ObjectNode) document.get("measures").get(1)).put("directive", "S9");
        ((ObjectNode) document.get("directives").get(2)).put("leadAgency", "hospital-assoc");
        Map<String, Long> before = rowCounts();

        HttpResponse<String> refused = post("/api/v1/admin/order-config", "admin", document);

        Map<String, String> errors = errorsOf(refused);
        assertThat(errors).containsOnlyKeys("/directives/2/leadAgency", "/measures/1/directive", "/measures/1/sectors/0");
        assertThat(errors.get("/measures/1/sectors/0")).contains("no-such-sector");
        assertThat(errors.get("/measures/1/directive")).contains("S9", "not among the document's directives");
        assertThat(errors.get("/directives/2/leadAgency")).contains("not an agency");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aRepeatedCodeAndAMeasureOfAnotherOrderAreRefused() {
        String suffix = suffix();
        post("/api/v1/admin/order-config", "admin", newDocument(suffix));
        ObjectNode other = newDocument(suffix());
        ((ObjectNode) other.get("directives").get(2)).put("code", "S1");
        ((ObjectNode) other.get("measures").get(0)).put("code", "CFG-" + suffix + "-M1");

        HttpResponse<String> refused = post("/api/v1/admin/order-config/preview", "admin", other);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("/directives/2/code", "/directives/0",
                "/measures/0/code", "a measure of the order CFG-" + suffix);
    }

    @Test
    void notJsonIsRefusedWithWhereItBreaks() {
        HttpResponse<String> refused = post("/api/v1/admin/order-config/preview", "admin", "{\"order\": ");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("not valid JSON").contains("line 1");
    }

    @Test
    void nonAdministratorsAreRefused() {
        ObjectNode document = newDocument(suffix());
        for (String user : List.of("pm.cisa", "viewer.congress", "reporter.health")) {
            assertThat(get("/api/v1/admin/order-config/schema", user).statusCode()).as(user).isEqualTo(403);
            assertThat(get("/api/v1/admin/orders/EO-2026-AI-SEC/config", user).statusCode()).as(user).isEqualTo(403);
            assertThat(post("/api/v1/admin/order-config/preview", user, document).statusCode()).as(user).isEqualTo(403);
            assertThat(post("/api/v1/admin/order-config", user, document).statusCode()).as(user).isEqualTo(403);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM exec_order WHERE code = ?").param(document.get("order").get("code").asString())
                .query(Long.class).single()).isZero();
    }

    @Test
    void theSchemaIsAValidDraft202012SchemaThatExportsFollow() {
        HttpResponse<String> response = get("/api/v1/admin/order-config/schema", "admin");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/schema+json"));
        JsonNode schema = json.readTree(response.body());
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        assertThat(registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema")).validate(schema))
                .as("valid against the draft 2020-12 meta-schema").isEmpty();

        String suffix = suffix();
        post("/api/v1/admin/order-config", "admin", newDocument(suffix));
        assertThat(registry.getSchema(schema).validate(exported("CFG-" + suffix))).isEmpty();
        assertThat(registry.getSchema(schema).validate(json.readTree("{\"order\": {}}"))).isNotEmpty();
    }

    @Test
    void anUnknownOrderIsNotFound() {
        assertThat(get("/api/v1/admin/orders/NO-SUCH-ORDER/config", "admin").statusCode()).isEqualTo(404);
    }

    private JsonNode exported(String code) {
        HttpResponse<String> response = get("/api/v1/admin/orders/" + code + "/config", "admin");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("attachment", code + ".order.json"));
        return json.readTree(response.body());
    }

    /** The problems of a refused document (400) by their JSON pointer. */
    private Map<String, String> errorsOf(HttpResponse<String> refused) {
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        Map<String, String> errors = new LinkedHashMap<>();
        json.readTree(refused.body()).get("errors").forEach(error -> errors.put(error.get("field").asString(),
                error.get("message").asString()));
        return errors;
    }

    /** A measure's terms in words: "period target [sectors]". */
    private static List<String> terms(JsonNode measure) {
        List<String> terms = new ArrayList<>();
        measure.get("terms").forEach(t -> terms.add(t.get("fromPeriod").asString() + " "
                + t.get("targetPercent").decimalValue().stripTrailingZeros().toPlainString() + " " + t.get("sectors")));
        return terms;
    }

    private long directiveId(String order, String directive) {
        return directiveStates(order).stream().filter(d -> d.get("code").asString().equals(directive)).findFirst()
                .orElseThrow().get("id").asLong();
    }

    private List<JsonNode> directiveStates(String order) {
        HttpResponse<String> response = get("/api/v1/admin/orders/" + order + "/directives", "admin");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> states = new ArrayList<>();
        json.readTree(response.body()).forEach(states::add);
        return states;
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }

    private HttpResponse<String> get(String path, String user) {
        return send(request(path, user).GET().build());
    }

    private HttpResponse<String> put(String path, String body) {
        return send(request(path, "admin").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> delete(String path) {
        return send(request(path, "admin").DELETE().build());
    }

    private HttpResponse<String> post(String path, String user, JsonNode body) {
        return post(path, user, body.toString());
    }

    private HttpResponse<String> post(String path, String user, String body) {
        return send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpRequest.Builder request(String path, String user) {
        String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Basic " + basic);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
