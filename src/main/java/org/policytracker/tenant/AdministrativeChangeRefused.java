package org.policytracker.tenant;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An administrative change (of an organisation, sector, measure or period) refused, naming the field
 * and why; nothing was written. Under /api it answers as problem JSON (400, 404, or 409 when it
 * conflicts with stored data) with {@code errors: [{field, message}]}; the admin pages show the reason
 * next to the field. Here, in the lowest module that administers anything, so that every
 * administrative service above it refuses the same way.
 */
public class AdministrativeChangeRefused extends ErrorResponseException {

    private final String field;
    private final String reason;

    private AdministrativeChangeRefused(HttpStatus status, String title, String field, String reason) {
        super(status, problem(status, title, field, reason), null);
        this.field = field;
        this.reason = reason;
    }

    public static AdministrativeChangeRefused invalid(String field, String reason) {
        return new AdministrativeChangeRefused(HttpStatus.BAD_REQUEST, "Invalid change", field, reason);
    }

    public static AdministrativeChangeRefused conflict(String field, String reason) {
        return new AdministrativeChangeRefused(HttpStatus.CONFLICT, "Change refused", field, reason);
    }

    public static AdministrativeChangeRefused notFound(String field, String reason) {
        return new AdministrativeChangeRefused(HttpStatus.NOT_FOUND, "Not found", field, reason);
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
