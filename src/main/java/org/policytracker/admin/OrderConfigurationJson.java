package org.policytracker.admin;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.policytracker.admin.OrderConfigurationRejectedException.Problem;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Order configuration documents as JSON: read and checked against the published JSON Schema (draft
 * 2020-12, {@value #SCHEMA}), and written in the form the export gives.
 */
@Component
class OrderConfigurationJson {

    static final String SCHEMA = "admin/order-configuration.schema.json";
    /** What the schema's patterns ask for, in words. */
    private static final Map<String, String> PATTERNS_IN_WORDS = Map.of(
            "^\\S(.*\\S)?$", "must not be empty, nor begin or end with a space",
            "^\\S+$", "must be one word, without spaces",
            "^\\d{4}-\\d{2}-\\d{2}$", "must be a date written as YYYY-MM-DD");

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final String schemaText;
    private final Schema schema;

    OrderConfigurationJson() {
        try (InputStream in = new ClassPathResource(SCHEMA).getInputStream()) {
            schemaText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("The order configuration schema " + SCHEMA + " is missing", e);
        }
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER)
                .build();
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config)).getSchema(json.readTree(schemaText));
    }

    /** The JSON Schema that documents must follow, as published. */
    String schema() {
        return schemaText;
    }

    /** The document in the text, if it is JSON that follows the schema; otherwise every problem found. */
    OrderConfigurationDocument read(String text) {
        JsonNode tree;
        try {
            tree = json.readTree(text);
        } catch (StreamReadException malformed) {
            throw new OrderConfigurationRejectedException(List.of(new Problem("", "is not valid JSON: "
                    + malformed.getOriginalMessage() + (malformed.getLocation() == null ? ""
                    : " (line " + malformed.getLocation().getLineNr() + ", column "
                    + malformed.getLocation().getColumnNr() + ")"))));
        }
        if (tree == null || tree.isMissingNode()) {
            throw new OrderConfigurationRejectedException(List.of(new Problem("", "is empty: send a JSON object")));
        }
        List<Problem> problems = new ArrayList<>();
        for (Error error : schema.validate(tree)) {
            problems.add(new Problem(pointer(error.getInstanceLocation()), message(error)));
        }
        if (!problems.isEmpty()) {
            throw new OrderConfigurationRejectedException(problems);
        }
        try {
            return json.treeToValue(tree, OrderConfigurationDocument.class);
        } catch (JacksonException unmappable) {
            // the schema admits nothing that does not map; kept specific should the two drift apart
            throw new OrderConfigurationRejectedException(List.of(new Problem("", unmappable.getOriginalMessage())));
        }
    }

    /** The document as the export writes it: indented, every field present (null where empty). */
    String write(OrderConfigurationDocument document) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(document);
    }

    /** The validator's message, in words where it would quote a regular expression. */
    private static String message(Error error) {
        if ("pattern".equals(error.getKeyword()) && error.getSchemaNode() != null) {
            String words = PATTERNS_IN_WORDS.get(error.getSchemaNode().asString());
            if (words != null) {
                return words;
            }
        }
        return error.getMessage();
    }

    private static String pointer(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(String.valueOf(path.getElement(i)).replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }
}
