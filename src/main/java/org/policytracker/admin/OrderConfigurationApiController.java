package org.policytracker.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Order configuration files over the REST API (administrators only): export an order, preview an
 * import, apply it. A refused document is problem JSON whose {@code errors} name each problem by its
 * JSON pointer in the document ({@code field}) and what is wrong ({@code message}).
 */
@RestController
@Tag(name = "Administration: order configuration")
class OrderConfigurationApiController {

    private static final String PROBLEM_DESCRIPTION = "Not JSON, not following the schema, or not importable "
            + "(problem JSON; `errors` lists each problem as {field: JSON pointer, message})";

    private final OrderConfiguration configuration;

    OrderConfigurationApiController(OrderConfiguration configuration) {
        this.configuration = configuration;
    }

    @GetMapping(path = "/api/v1/admin/order-config/schema", produces = "application/schema+json")
    @Operation(summary = "The JSON Schema (draft 2020-12) that order configuration documents follow")
    String schema() {
        return configuration.schema();
    }

    @GetMapping(path = "/api/v1/admin/orders/{code}/config", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Export an order's configuration: the order, its directives and measures, their sectors, "
            + "and the reporting periods", description = "Served as a download named <code>.order.json")
    @ApiResponse(responseCode = "404", description = "No order with that code",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<String> export(@PathVariable String code) {
        String document = configuration.write(configuration.export(code));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(code + ".order.json").build().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(document);
    }

    @PostMapping(path = "/api/v1/admin/order-config/preview", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Preview an import: what it would add or change, and what is in the database but not in "
            + "the document (kept); writes nothing")
    @ApiResponse(responseCode = "400", description = PROBLEM_DESCRIPTION,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ImportPreview preview(@RequestBody String document) {
        return configuration.preview(configuration.read(document));
    }

    @PostMapping(path = "/api/v1/admin/order-config", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import an order configuration: all of it in one transaction, or nothing",
            description = "Adds what is new, changes what differs, keeps what the document does not mention; "
                    + "every change is recorded in the administration history. Answers what it did.")
    @ApiResponse(responseCode = "400", description = PROBLEM_DESCRIPTION,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ImportPreview apply(@RequestBody String document) {
        return configuration.apply(configuration.read(document));
    }

    /** The refusals of this controller, before the API's general handler (ordered last). */
    @RestControllerAdvice(assignableTypes = OrderConfigurationApiController.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Refusals {

        @ExceptionHandler(OrderConfigurationRejectedException.class)
        ProblemDetail rejected(OrderConfigurationRejectedException rejected) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, rejected.getMessage());
            problem.setTitle("Order configuration not imported");
            problem.setProperty("errors", rejected.problems().stream()
                    .map(p -> Map.of("field", p.pointer(), "message", p.message())).toList());
            return problem;
        }

        @ExceptionHandler(NoSuchElementException.class)
        ProblemDetail notFound(NoSuchElementException missing) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, missing.getMessage());
            problem.setTitle("No such order");
            return problem;
        }
    }
}
