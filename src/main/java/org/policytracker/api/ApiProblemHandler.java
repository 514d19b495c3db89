package org.policytracker.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.policytracker.uptake.ReportRejectedException;
import org.policytracker.uptake.ReportViolation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Every refusal of the REST API as RFC 9457 problem JSON. Refused reports name each field in
 * {@code errors} ({@code [{"field": ..., "message": ...}]}); unreadable JSON names the place.
 */
@RestControllerAdvice(basePackageClasses = ApiProblemHandler.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(ReportRejectedException.class)
    ProblemDetail rejected(ReportRejectedException rejected) {
        HttpStatus status = switch (rejected.kind()) {
            case NOT_YOURS -> HttpStatus.FORBIDDEN;
            case PERIOD_NOT_OPEN, CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
        String title = switch (rejected.kind()) {
            case NOT_YOURS -> "Not your association's sector";
            case PERIOD_NOT_OPEN -> "Reporting period not open";
            case CONFLICT -> "Conflicting change";
            case INVALID -> "Invalid report";
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, rejected.violations().size() == 1
                ? rejected.violations().getFirst().field() + " " + rejected.violations().getFirst().message()
                : rejected.violations().size() + " fields are invalid; see errors");
        problem.setTitle(title);
        problem.setProperty("errors", errors(rejected.violations()));
        return problem;
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ProblemDetail keyReused(IdempotencyKeyReusedException reused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, reused.getMessage());
        problem.setTitle("Idempotency-Key reused with a different request");
        problem.setProperty("errors", List.of(Map.of("field", ReportingApiController.IDEMPOTENCY_KEY,
                "message", "was already used for a different request body")));
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException denied) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, denied.getMessage());
        problem.setTitle("Not allowed");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        if (unreadable.getCause() instanceof StreamReadException malformed) {
            problem.setTitle("Malformed JSON");
            problem.setDetail("The request body is not valid JSON: " + malformed.getOriginalMessage()
                    + (malformed.getLocation() == null ? "" : " (line " + malformed.getLocation().getLineNr()
                    + ", column " + malformed.getLocation().getColumnNr() + ")"));
        } else if (unreadable.getCause() instanceof JacksonException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
            problem.setTitle("Invalid report");
            problem.setDetail(field + " has the wrong type: " + mismatch.getOriginalMessage());
            problem.setProperty("errors", List.of(Map.of("field", field, "message", "has the wrong type (expected "
                    + expectedType(field) + ")")));
        } else {
            problem.setTitle("Unreadable request body");
            problem.setDetail("Send a JSON object as the request body (Content-Type: application/json).");
        }
        problem.setInstance(URI.create(request.getDescription(false).replaceFirst("^uri=", "")));
        return handleExceptionInternal(unreadable, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static String expectedType(String field) {
        return field.endsWith("Count") ? "a whole number" : field.startsWith("evidenceLinks") && !field.contains(".")
                ? "a list of {label, url} objects" : "a string";
    }

    private static List<Map<String, String>> errors(List<ReportViolation> violations) {
        return violations.stream().map(v -> Map.of("field", v.field(), "message", v.message())).toList();
    }
}
