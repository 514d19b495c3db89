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
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.policytracker.support.PolicyTrackerTest;
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
            "directive_supporting_agency", "voluntary_measure", "measure_sector", "sector", "reporting_period",
            "administration_change"};

    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    /** A document of a new order: three directives, two measures (one for a sector of its own), a period. */
    private ObjectNode newDocument(String suffix) {
        String text = """
                {
                  "order": {
                    "code": "CFG-%1$s", "title": "Configured order %1$s", "signedOn": "2026-09-01", "status": "SIGNED",
                    "summary": "An order set up from a file.",
                    "sources": [{"title": "The text", "reference": "Fed. Reg. 1", "url": "https://example.gov/text"},
                                {"title": "A fact sheet", "reference": null, "url": null}],
                    "versions": [{"label": "Signed order", "effectiveOn": "2026-09-01", "summary": null, "basis": "STATED"}]
                  },
                  "directives": [
                    {"code": "S1", "title": "First", "summary": "Do the first thing", "kind": "AGENCY_ACTION",
                     "leadAgency": "cisa", "supportingAgencies": ["treasury", "dhs"], "deadline": "2027-03-01",
                     "deadlineBasis": "STATED", "priority": "HIGH", "source": "Sec. 1"},
                    {"code": "S2", "title": "Second", "summary": null, "kind": "VOLUNTARY_MEASURE", "leadAgency": "dhs",
                     "supportingAgencies": [], "deadline": null, "deadlineBasis": "ASSUMED", "priority": "LOW", "source": null},
                    {"code": "S3", "title": "Third", "summary": null, "kind": "COORDINATION", "leadAgency": "nsa",
                     "supportingAgencies": ["cisa"], "deadline": "2027-06-30", "deadlineBasis": "ASSUMED",
                     "priority": "MEDIUM", "source": null}
                  ],
                  "measures": [
                    {"code": "CFG-%1$s-M1", "directive": "S2", "title": "Take it up", "adoptionDefinition": "Runs it",
                     "eligiblePopulation": "Members", "targetPercent": 62.5, "targetDate": "2027-12-31",
                     "targetBasis": "ASSUMED", "sectors": ["finance", "healthcare"]},
                    {"code": "CFG-%1$s-M2", "directive": "S2", "title": "Take the other up", "adoptionDefinition": "Uses it",
                     "eligiblePopulation": "Everyone", "targetPercent": 40, "targetDate": null,
                     "targetBasis": "STATED", "sectors": ["cfg-%2$s"]}
                  ],
                  "sectors": [
                    {"id": "cfg-%2$s", "name": "Configured sector %1$s", "description": "A sector from a file", "source": null}
                  ],
                  "periods": [
                    {"code": "C-%1$s", "startsOn": "2095-01-01", "endsOn": "2095-03-31", "dueOn": "2095-04-30",
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

        JsonNode exported = exported("CFG-" + suffix);
        assertThat(exported.get("order")).isEqualTo(json.readTree(original.get("order").toString()));
        assertThat(exported.get("directives").get(0).get("supportingAgencies").toString()).isEqualTo("[\"dhs\",\"treasury\"]");
        assertThat(exported.get("directives").get(1)).isEqualTo(original.get("directives").get(1));
        assertThat(exported.get("measures").get(0).get("targetPercent").decimalValue()).isEqualByComparingTo("62.5");
        assertThat(exported.get("sectors").toString()).contains("cfg-" + suffix.toLowerCase(Locale.ROOT), "\"finance\"",
                "\"healthcare\"");
        assertThat(exported.get("periods").toString()).contains("C-" + suffix);

        String fresh = suffix();
        ObjectNode copy = (ObjectNode) json.readTree(exported.toString()
                .replace("CFG-" + suffix, "CFG-" + fresh));
        HttpResponse<String> imported = post("/api/v1/admin/order-config", "admin", copy);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        assertThat(exported("CFG-" + fresh)).isEqualTo(copy);
        assertThat(exported("CFG-" + fresh).toString().replace("CFG-" + fresh, "CFG-" + suffix))
                .isEqualTo(exported("CFG-" + suffix).toString());
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
                .containsEntry("measure " + order + "-M2", "CHANGED [\"targetPercent\"]");
        assertThat(rowCounts()).as("a preview writes nothing").isEqualTo(before);
        assertThat(exported(order).get("directives").get(0).get("title").asString()).isEqualTo("First");

        assertThat(post("/api/v1/admin/order-config", "admin", changed).statusCode()).isEqualTo(200);
        JsonNode after = exported(order);
        assertThat(after.get("directives").get(0).get("title").asString()).isEqualTo("First, renamed");
        assertThat(after.get("directives")).extracting(d -> d.get("code").asString())
                .as("S3 is kept, never deleted").containsExactly("S1", "S2", "S3", "S4");
        assertThat(jdbc.sql("SELECT actor, action FROM administration_change WHERE subject_type = 'directive' "
                + "AND subject_key = ? ORDER BY id").param(order + "/S1").query((rs, n) -> rs.getString(1) + " "
                + rs.getString(2)).list()).containsExactly("admin added by import", "admin changed by import");
    }

    @Test
    void aDocumentAgainstTheSchemaIsRefusedWithEveryPlaceAndChangesNothing() {
        ObjectNode document = newDocument(suffix());
        ((ObjectNode) document.get("directives").get(1)).put("kind", "WISH");
        ((ObjectNode) document.get("order")).remove("title");
        ((ObjectNode) document.get("periods").get(0)).put("dueOn", "2095-02-30");
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

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        Map<String, String> errors = new LinkedHashMap<>();
        json.readTree(refused.body()).get("errors").forEach(error -> errors.put(error.get("field").asString(),
                error.get("message").asString()));
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
