package org.perfgoals.base.api;

import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Failures that say the database cannot answer now rather than that the request is wrong: no pooled connection
 * within {@code spring.datasource.hikari.connection-timeout} (Hikari's SQLTransientConnectionException, wrapped by
 * Spring as CannotGetJdbcConnectionException or, when a transaction begins, CannotCreateTransactionException), or a
 * statement past its query timeout. The REST API answers them with 503 and {@code Retry-After}
 * ({@link Problems#unavailable}), whichever layer wrapped them.
 */
public final class Overload {

    private Overload() {
    }

    public static boolean is(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLTimeoutException
                    || cause instanceof CannotGetJdbcConnectionException || cause instanceof QueryTimeoutException
                    || cause instanceof jakarta.persistence.QueryTimeoutException
                    || cause instanceof CannotCreateTransactionException) {
                return true;
            }
        }
        return false;
    }
}
