package org.policytracker.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.policytracker.order.DirectiveRetiredException;
import org.policytracker.order.OrderAdministration;
import org.policytracker.order.OrderAdministration.DirectiveInput;
import org.policytracker.order.OrderAdministration.DirectiveRemoval;
import org.policytracker.order.OrderAdministration.DirectiveState;
import org.policytracker.order.OrderAdministration.OrderInput;
import org.policytracker.order.OrderAdministration.OrderState;
import org.policytracker.order.OrderNotFoundException;
import org.policytracker.order.OrderValidationException;
import org.policytracker.order.StaleEditException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Orders and their directives for administrators (the security chain admits only them under
 * /api/v1/admin/**): the same rules and history as the administration pages, refusals as problem
 * JSON (400 with {@code errors} per field, 404, 409 when work hangs on a directive or it is retired, 409
 * when an edit starts from an older version than the stored one). An edit carries, in its body's
 * {@code version}, the version it read: optimistic locking in the body rather than If-Match, so that
 * the pages and the API send the same input.
 */
@RestController
@RequestMapping(path = "/api/v1/admin/orders", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Administration: orders and directives")
class OrderAdministrationApi {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String VERSION_RULE = "Optimistic locking: the body's `version` is required and must be the "
            + "`version` of the order or directive as you read it (GET). If someone saved it since, nothing is saved "
            + "and the answer is 409; the answer of a successful edit carries the new version.";
    private static final String STALE = "changed since you read it: nothing saved (problem JSON naming `changedBy`, "
            + "`changedAt` and the `currentVersion`; read it again, then edit)";

    private final OrderAdministration administration;

    OrderAdministrationApi(OrderAdministration administration) {
        this.administration = administration;
    }

    /** Where a directive moves: its place in the order's list, from 0. */
    record Position(int position) {
    }

    @GetMapping
    @Operation(summary = "Every order, newest signed first")
    List<OrderState> orders() {
        return administration.orders();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One order with its source links")
    OrderState order(@PathVariable String code) {
        return administration.order(code);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Creates an order", description = "status: DRAFT, SIGNED (in force), AMENDED, SUPERSEDED or "
            + "REVOKED; every status but DRAFT needs signedOn.")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "400", description = "Invalid fields (problem JSON, `errors` names each field)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<OrderState> create(@RequestBody OrderInput input) {
        OrderState created = administration.create(input);
        return ResponseEntity.created(URI.create("/api/v1/admin/orders/" + created.code())).body(created);
    }

    @PutMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Edits an order (its code stays); deadlines given as days after signing follow a new signed date",
            description = VERSION_RULE)
    @ApiResponse(responseCode = "400", description = "Invalid fields (problem JSON, `errors` names each field; "
            + "`version` when it is missing)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = STALE,
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    OrderState update(@PathVariable String code, @RequestBody OrderInput input) {
        return administration.update(code, input);
    }

    @GetMapping("/{code}/directives")
    @Operation(summary = "The order's directives in their order, retired ones included (retiredAt set)")
    List<DirectiveState> directives(@PathVariable String code) {
        return administration.directives(code);
    }

    @PostMapping(path = "/{code}/directives", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Adds a directive at the end of the order's list",
            description = "deadline: {\"date\": \"2027-03-31\"} or {\"daysAfterSigning\": 90} (the date is then "
                    + "computed from the order's signed date), or null.")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "400", description = "Invalid fields (problem JSON, `errors` names each field)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<DirectiveState> addDirective(@PathVariable String code, @RequestBody DirectiveInput input) {
        DirectiveState created = administration.addDirective(code, input);
        return ResponseEntity.created(URI.create("/api/v1/admin/orders/" + code + "/directives/" + created.code()))
                .body(created);
    }

    @GetMapping("/{code}/directives/{directive}")
    @Operation(summary = "One directive of the order")
    DirectiveState directive(@PathVariable String code, @PathVariable String directive) {
        return administration.directive(code, directive);
    }

    @PutMapping(path = "/{code}/directives/{directive}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Edits a directive", description = VERSION_RULE)
    @ApiResponse(responseCode = "400", description = "Invalid fields (problem JSON, `errors` names each field; "
            + "`version` when it is missing)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The directive is retired (read-only), or " + STALE,
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    DirectiveState updateDirective(@PathVariable String code, @PathVariable String directive,
            @RequestBody DirectiveInput input) {
        return administration.updateDirective(code, directive, input);
    }

    @PutMapping(path = "/{code}/directives/{directive}/position", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Moves a directive to a place in the order's list (from 0); answers the list in its new order")
    List<DirectiveState> move(@PathVariable String code, @PathVariable String directive, @RequestBody Position to) {
        return administration.move(code, directive, to.position());
    }

    @DeleteMapping("/{code}/directives/{directive}")
    @Operation(summary = "Deletes a directive on which nothing hangs; one with tasks, measures, reports or comments "
            + "is retired instead (kept read-only, closed to new tasks) and the answer is 409")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "409", description = "Work hangs on the directive: not deleted, retired instead "
            + "(problem JSON with `workOnIt` and the retired `directive`)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> remove(@PathVariable String code, @PathVariable String directive) {
        DirectiveRemoval removal = administration.remove(code, directive);
        if (removal.deleted()) {
            return ResponseEntity.noContent().build();
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, removal.explanation());
        problem.setTitle("Directive has work on it: retired instead of deleted");
        problem.setProperty("workOnIt", removal.workOnIt());
        problem.setProperty("directive", removal.directive());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(OrderValidationException.class)
    ProblemDetail invalid(OrderValidationException invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.fieldErrors().size() == 1
                ? invalid.fieldErrors().values().iterator().next()
                : invalid.fieldErrors().size() + " fields are invalid; see errors");
        problem.setTitle("Invalid order or directive");
        problem.setProperty("errors", invalid.fieldErrors().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(error -> Map.of("field", error.getKey(), "message", error.getValue())).toList());
        return problem;
    }

    @ExceptionHandler(OrderNotFoundException.class)
    ProblemDetail notFound(OrderNotFoundException missing) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, missing.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(StaleEditException.class)
    ProblemDetail stale(StaleEditException stale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, stale.getMessage());
        problem.setTitle("Changed since you opened it");
        problem.setProperty("changedBy", stale.changedBy());
        problem.setProperty("changedAt", stale.changedAt());
        problem.setProperty("currentVersion", stale.currentVersion());
        return problem;
    }

    @ExceptionHandler(DirectiveRetiredException.class)
    ProblemDetail retired(DirectiveRetiredException retired) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, retired.getMessage());
        problem.setTitle("Directive retired");
        return problem;
    }
}
