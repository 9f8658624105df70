package vn.onestop.support.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JVM-wide embedded server that services fall back to without a database URL: every application
 * context in a JVM (a test suite caches several) shares it, and a later context must not lock out an
 * earlier one that is still running.
 */
class EmbeddedDatabasesTest {

	@Test
	void aSecondContextForTheSameDatabaseDoesNotLockOutTheFirst() throws SQLException {
		DatabaseCredentials first = EmbeddedDatabases.provision("shared_ctx", "", 0);
		assertThat(whoAmI(first)).isEqualTo("shared_ctx as shared_ctx");

		DatabaseCredentials second = EmbeddedDatabases.provision("shared_ctx", "", 0);

		assertThat(whoAmI(second)).isEqualTo("shared_ctx as shared_ctx");
		assertThat(whoAmI(first)).as("the first context opens a new pooled connection").isEqualTo("shared_ctx as shared_ctx");
	}

	@Test
	void servesEveryDatabaseOfTheJvmFromOneServer() throws SQLException {
		DatabaseCredentials one = EmbeddedDatabases.provision("one_ctx", "", 0);
		DatabaseCredentials two = EmbeddedDatabases.provision("two_ctx", "", 0);

		assertThat(one.url().hostAndPort()).isEqualTo(two.url().hostAndPort());
		assertThat(whoAmI(one)).isEqualTo("one_ctx as one_ctx");
		assertThat(whoAmI(two)).isEqualTo("two_ctx as two_ctx");
	}

	private static String whoAmI(DatabaseCredentials credentials) throws SQLException {
		try (Connection connection = DriverManager.getConnection(credentials.url().jdbc(), credentials.username(),
				credentials.password()); Statement sql = connection.createStatement();
				ResultSet rows = sql.executeQuery("select current_database() || ' as ' || current_user")) {
			rows.next();
			return rows.getString(1);
		}
	}

}
