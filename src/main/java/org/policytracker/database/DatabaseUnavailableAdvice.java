package org.policytracker.database;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Before any other controller advice (the API's own problem handler among them): a controller that
 * failed because the database does not answer is answered 503 with {@code Retry-After}, not as a
 * generic server error. Failures outside controllers are {@link DatabaseUnavailableFilter}'s.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableAdvice {

    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            QueryTimeoutException.class, TransactionTimedOutException.class, JDBCConnectionException.class,
            SQLTransientConnectionException.class, SQLNonTransientConnectionException.class, SQLTimeoutException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(HttpServletRequest request) {
        return ResponseEntity.status(503)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                .body(DatabaseUnavailable.problem(request.getRequestURI()));
    }
}
