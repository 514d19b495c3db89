package org.policytracker.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.policytracker.uptake.ReportRejectedException;
import org.policytracker.uptake.ReportViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Every refusal of the REST API as RFC 9457 problem JSON, written for people: it names the field,
 * header or parameter and what it must be, never a Java type. Refused reports name each field in
 * {@code errors} ({@code [{"field": ..., "message": ...}]}); unreadable JSON names the place.
 *
 * <p>Global (not limited to this module's controllers) because a wrong method (405 with
 * {@code Allow}), an unsupported media type (415) or an unknown path (404) is found before any
 * controller is chosen, and because gap's and tenant's controllers answer under /api too. It is
 * ordered last so that a module's more specific advice comes first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    /** The problem property of an unexpected error that names its log line. */
    static final String REFERENCE = "reference";

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

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail unauthenticated(AuthenticationException unauthenticated) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "Send valid credentials with the request.");
        problem.setTitle("Authentication required");
        return problem;
    }

    /**
     * Anything else under /api is a fault of ours: logged with its cause, answered with a generic
     * 500 that discloses nothing but a random reference, which is also in the log line, so that
     * support finds the error a client reports. Elsewhere (the Vaadin app) it goes on as before:
     * rethrowing the exception itself tells Spring this handler does not apply.
     */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception unexpected, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith("/api/")) {
            throw unexpected;
        }
        String reference = UUID.randomUUID().toString();
        log.error("API request {} {} failed (reference {})", request.getMethod(), request.getRequestURI(), reference,
                unexpected);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The request could not be completed because of an error on the server. It has been logged with "
                        + "reference " + reference + "; quote it when you report the error.");
        problem.setTitle("Internal error");
        problem.setProperty(REFERENCE, reference);
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException mismatch, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = mismatch instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : mismatch.getPropertyName();
        String expected = "must be " + expected(mismatch.getRequiredType());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Parameter '" + name + "' " + expected + ".");
        problem.setTitle("Invalid parameter");
        problem.setProperty("errors", List.of(Map.of("field", String.valueOf(name), "message", expected)));
        return handleExceptionInternal(mismatch, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException missing,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Parameter '" + missing.getParameterName() + "' is required.");
        problem.setTitle("Missing parameter");
        problem.setProperty("errors", List.of(Map.of("field", missing.getParameterName(), "message", "is required")));
        return handleExceptionInternal(missing, problem, headers, HttpStatus.BAD_REQUEST, request);
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
            String message = "has the wrong type (expected " + expectedType(field) + ")";
            problem.setTitle("Invalid report");
            problem.setDetail(field + " " + message);
            problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        } else {
            problem.setTitle("Unreadable request body");
            problem.setDetail("Send a JSON object as the request body (Content-Type: application/json).");
        }
        if (request instanceof ServletWebRequest servlet) {
            problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
        }
        return handleExceptionInternal(unreadable, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** What a parameter of this type must be, in words (never the Java type's name). */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
            return "a whole number";
        }
        if (type == LocalDate.class) {
            return "a date written as YYYY-MM-DD";
        }
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants());
        }
        return "a valid value";
    }

    private static String expectedType(String field) {
        return field.endsWith("Count") ? "a whole number, 0 or more, without quotes or fraction"
                : field.startsWith("evidenceLinks") && !field.contains(".") ? "a list of {label, url} objects"
                : "a string";
    }

    private static List<Map<String, String>> errors(List<ReportViolation> violations) {
        return violations.stream().map(v -> Map.of("field", v.field(), "message", v.message())).toList();
    }
}
