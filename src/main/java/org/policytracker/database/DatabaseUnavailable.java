package org.policytracker.database;

import java.net.URI;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * "The database does not answer": what a request that failed for that reason is told, whichever part
 * of the application it reached (an API controller, a filter looking up the caller, a Vaadin view).
 * It is a temporary condition, so the answer is 503 with {@code Retry-After}, never 403, 500 or an
 * empty body.
 */
public final class DatabaseUnavailable {

    /** How long a client is asked to wait: about the time the embedded server's watchdog needs. */
    public static final int RETRY_AFTER_SECONDS = 5;
    public static final String TITLE = "Service temporarily unavailable";
    public static final String DETAIL = "The database does not answer at the moment. Nothing was changed by this"
            + " request; try again in a few seconds.";

    /** The failures that mean the database could not be reached or did not answer in time. */
    private static final List<Class<? extends Throwable>> UNAVAILABLE = List.of(
            DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            QueryTimeoutException.class, TransactionTimedOutException.class, JDBCConnectionException.class,
            SQLTransientConnectionException.class, SQLNonTransientConnectionException.class,
            SQLTimeoutException.class);

    private DatabaseUnavailable() {
    }

    /** Whether this failure, or one it was caused by, is the database not answering. */
    public static boolean isCauseOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            Throwable current = cause;
            if (UNAVAILABLE.stream().anyMatch(type -> type.isInstance(current))) {
                return true;
            }
        }
        return false;
    }

    static ProblemDetail problem(String path) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DETAIL);
        problem.setTitle(TITLE);
        problem.setInstance(URI.create(path));
        return problem;
    }
}
