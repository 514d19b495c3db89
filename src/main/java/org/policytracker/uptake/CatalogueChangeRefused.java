package org.policytracker.uptake;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An administrative change of sectors, measures or periods refused, naming the field and why; nothing
 * was written. Under /api it answers as problem JSON (400, or 409 when it conflicts with stored data)
 * with {@code errors: [{field, message}]}; the admin pages show the message next to the field.
 */
public class CatalogueChangeRefused extends ErrorResponseException {

    private final String field;
    private final String reason;

    private CatalogueChangeRefused(HttpStatus status, String title, String field, String reason) {
        super(status, problem(status, title, field, reason), null);
        this.field = field;
        this.reason = reason;
    }

    static CatalogueChangeRefused invalid(String field, String reason) {
        return new CatalogueChangeRefused(HttpStatus.BAD_REQUEST, "Invalid change", field, reason);
    }

    static CatalogueChangeRefused conflict(String field, String reason) {
        return new CatalogueChangeRefused(HttpStatus.CONFLICT, "Change refused", field, reason);
    }

    static CatalogueChangeRefused notFound(String field, String reason) {
        return new CatalogueChangeRefused(HttpStatus.NOT_FOUND, "Not found", field, reason);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String field, String reason) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, field + ": " + reason);
        problem.setTitle(title);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", reason)));
        return problem;
    }

    /** The field the refusal is about, as the API's JSON and the admin page's form name it. */
    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }

    @Override
    public String getMessage() {
        return field + ": " + reason;
    }
}
