package vn.onestop.support.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Against the real embedded PostgreSQL 17: one database per role, passwords required, data kept. */
class EmbeddedPostgresServerTest {

	@TempDir
	Path dataDirectory;

	@Test
	void givesEachRoleItsOwnDatabaseAndKeepsTheDataAcrossRestarts() throws SQLException {
		DatabaseCredentials a;
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.dataDirectory, 0)) {
			assertThat(server.port()).isPositive();
			a = server.provision("a", "a");
			DatabaseCredentials b = server.provision("b", "b");

			assertThat(a.username()).isEqualTo("a");
			assertThat(a.url()).isEqualTo(DatabaseUrl.local(server.port(), "a"));
			assertThat(a.password()).isNotBlank().isNotEqualTo(b.password());

			try (Connection connection = connect(a.url(), "a", a.password()); Statement sql = connection.createStatement()) {
				assertThat(single(sql, "select current_database()")).isEqualTo("a");
				assertThat(single(sql, "select current_user")).isEqualTo("a");
				sql.execute("create table dossier (code text primary key)");
				sql.execute("insert into dossier values ('HS-001')");
			}
			try (Connection connection = connect(b.url(), "b", b.password()); Statement sql = connection.createStatement()) {
				assertThat(single(sql, "select current_database() || ' as ' || current_user")).isEqualTo("b as b");
			}

			// a role reaches its own database only, and only with its own password
			assertRefused(b.url(), "a", a.password());
			assertRefused(a.url(), "b", b.password());
			assertRefused(a.url(), "a", b.password());
			assertRefused(a.url(), "a", "");
			assertRefused(DatabaseUrl.local(server.port(), "postgres"), "a", a.password());

			// provisioning again changes nothing but the password
			DatabaseCredentials again = server.provision("a", "a");
			assertThat(again.url()).isEqualTo(a.url());
			assertThat(again.password()).isNotEqualTo(a.password());
			assertRefused(a.url(), "a", a.password());
			assertThat(codes(again)).isEqualTo("HS-001");
			a = again;
		}

		assertRefused(a.url(), "a", "");

		try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.start(this.dataDirectory, 0)) {
			DatabaseCredentials afterRestart = restarted.provision("a", "a");

			assertThat(afterRestart.password()).isNotEqualTo(a.password());
			assertThat(codes(afterRestart)).isEqualTo("HS-001");
			DatabaseCredentials b = restarted.provision("b", "b");
			assertRefused(b.url(), "a", afterRestart.password());
		}
	}

	@Test
	void neverRepeatsRowValuesOfAFailedStatementInItsLog() throws SQLException {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.dataDirectory, 0)) {
			DatabaseCredentials db = server.provision("a", "a");
			try (Connection connection = connect(db.url(), "a", db.password()); Statement sql = connection.createStatement()) {
				assertThat(single(sql, "show log_error_verbosity")).isEqualTo("terse");
				assertThat(single(sql, "show log_min_error_statement")).isEqualTo("panic");
			}
		}
	}

	@Test
	void keepsDataThatSurvivesAPowerCutWhenItsDataIsKept() throws SQLException {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.dataDirectory, 0)) {
			assertThat(durabilitySettings(server.provision("a", "a"))).isEqualTo("on on on");
			assertThat(server.postmaster()).hasValueSatisfying(postmaster -> assertThat(postmaster.isAlive()).isTrue());
		}
	}

	@Test
	void startsAgainOnTheSameDataAndPortAfterItsPostmasterWasKilled() throws Exception {
		EmbeddedPostgresServer killed = EmbeddedPostgresServer.start(this.dataDirectory, 0);
		DatabaseCredentials db = killed.provision("a", "a");
		try (Connection connection = connect(db.url(), "a", db.password()); Statement sql = connection.createStatement()) {
			sql.execute("create table dossier (code text primary key)");
			sql.execute("insert into dossier values ('HS-001')");
		}
		ProcessHandle postmaster = killed.postmaster().orElseThrow();
		postmaster.destroyForcibly();
		postmaster.onExit().get();
		killed.close(); // what the launcher's supervisor does: releases the data directory, stops nothing

		try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.start(this.dataDirectory, killed.port())) {
			assertThat(restarted.postmaster()).isPresent().get().isNotEqualTo(postmaster);
			assertThat(codes(db)).as("same port, same password, same data").isEqualTo("HS-001");
		}
	}

	@Test
	void keepsTheFastSettingsForAThrowawayServer() throws SQLException {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.dataDirectory.resolve("scratch"), 0, true)) {
			assertThat(durabilitySettings(server.provision("a", "a"))).isEqualTo("off off on");
		}
	}

	private static String durabilitySettings(DatabaseCredentials db) throws SQLException {
		try (Connection connection = connect(db.url(), db.username(), db.password()); Statement sql = connection.createStatement()) {
			return single(sql, "show fsync") + " " + single(sql, "show synchronous_commit") + " "
					+ single(sql, "show full_page_writes");
		}
	}

	@Test
	void refusesNamesThatAreNotPlainIdentifiers() {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.dataDirectory, 0)) {
			assertThatIllegalArgumentException().isThrownBy(() -> server.provision("a; drop database postgres", "a"));
			assertThatIllegalArgumentException().isThrownBy(() -> server.provision("a", "A"));
			assertThatIllegalArgumentException().isThrownBy(() -> server.provision("1a", "a"));
			assertThatIllegalArgumentException().isThrownBy(() -> server.provision("a", "x".repeat(32)));
		}
	}

	private static void assertRefused(DatabaseUrl url, String user, String password) {
		assertThatExceptionOfType(SQLException.class).as("%s logging in to %s", user, url.database())
			.isThrownBy(() -> connect(url, user, password).close());
	}

	private static String codes(DatabaseCredentials credentials) throws SQLException {
		try (Connection connection = connect(credentials.url(), credentials.username(), credentials.password());
				Statement sql = connection.createStatement()) {
			return single(sql, "select string_agg(code, ',') from dossier");
		}
	}

	private static Connection connect(DatabaseUrl url, String user, String password) throws SQLException {
		return DriverManager.getConnection(url.jdbc(), user, password);
	}

	private static String single(Statement sql, String query) throws SQLException {
		try (ResultSet rows = sql.executeQuery(query)) {
			assertThat(rows.next()).isTrue();
			return rows.getString(1);
		}
	}

}
