package vn.onestop.support.web;

import java.util.Set;

import org.springframework.http.HttpStatus;

/**
 * Recognises an error caused by a database the service cannot reach just now (down, restarting, refusing
 * connections, a connection lost mid-request, a pool with no connection to give), which a client should retry: the
 * answer is 503 with {@code Retry-After}, not 500.
 * <p>
 * Matched by class name along the cause chain and each cause's superclasses, because the gateway has neither
 * Spring's data-access exceptions nor R2DBC on its class path. What the services see when PostgreSQL is down is
 * {@code DataAccessResourceFailureException: Failed to obtain R2DBC Connection} (or, opening a transaction,
 * {@code CannotCreateTransactionException}) caused by r2dbc-postgresql's {@code PostgresConnectionException}, an
 * {@code R2dbcNonTransientResourceException}, caused by the refused connection; a pool whose acquisition timed out
 * gives {@code DataAccessResourceFailureException} caused by {@code R2dbcTimeoutException}; a connection closed
 * under a running query an {@code R2dbcNonTransientResourceException} translated to
 * {@code DataAccessResourceFailureException}. A bare {@code ConnectException} is not matched: it may be another
 * service's.
 */
final class DatabaseUnavailable {

	/** Seconds a client should wait: PostgreSQL restarted by the launcher serves again within seconds. */
	static final String RETRY_AFTER_SECONDS = "5";

	private static final Set<String> CAUSES = Set.of("org.springframework.dao.DataAccessResourceFailureException",
			"org.springframework.dao.TransientDataAccessResourceException",
			"org.springframework.transaction.CannotCreateTransactionException",
			"io.r2dbc.spi.R2dbcNonTransientResourceException", "io.r2dbc.spi.R2dbcTransientResourceException");

	private DatabaseUnavailable() {
	}

	/** The exception in the chain that says the database is unavailable, or null. */
	static Throwable causeIn(Throwable error) {
		for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
			for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
				if (CAUSES.contains(type.getName())) {
					return t;
				}
			}
		}
		return null;
	}

	static ProblemException problem() {
		return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.DATABASE_UNAVAILABLE,
				"Database unavailable", "The service cannot reach its database just now; try again shortly.")
			.withHeader("Retry-After", RETRY_AFTER_SECONDS);
	}

}
