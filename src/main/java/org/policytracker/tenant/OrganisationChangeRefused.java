package org.policytracker.tenant;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An administrative change of an organisation refused, naming the field and why; nothing was written.
 * Under /api it answers as problem JSON (400, or 409 when it conflicts with stored data) with
 * {@code errors: [{field, message}]}; the admin page shows the message next to the field.
 */
public class OrganisationChangeRefused extends ErrorResponseException {

    private final String field;
    private final String reason;

    OrganisationChangeRefused(HttpStatus status, String field, String reason) {
        super(status, problem(status, field, reason), null);
        this.field = field;
        this.reason = reason;
    }

    private static ProblemDetail problem(HttpStatus status, String field, String reason) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, field + ": " + reason);
        problem.setTitle(status == HttpStatus.CONFLICT ? "Change refused" : "Invalid change");
        problem.setProperty("errors", List.of(Map.of("field", field, "message", reason)));
        return problem;
    }

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
