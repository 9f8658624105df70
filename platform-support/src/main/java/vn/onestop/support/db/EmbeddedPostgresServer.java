package vn.onestop.support.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (binaries from the zonky Maven artifact) in a data directory that
 * survives restarts. Each service gets its own database owned by its own role; only that role may
 * connect to it, and roles log in with a password that is renewed at every start.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,30}");

	private static final String HBA = """
			# Written by the platform launcher: the superuser is trusted locally, service roles need their password.
			local all postgres trust
			host  all postgres 127.0.0.1/32 trust
			host  all postgres ::1/128 trust
			local all all scram-sha-256
			host  all all 127.0.0.1/32 scram-sha-256
			host  all all ::1/128 scram-sha-256
			""";

	/** Crash recovery after a kill can take a while on a busy machine; zonky waits 10 s by default. */
	private static final Duration STARTUP_WAIT = Duration.ofSeconds(90);

	private final EmbeddedPostgres postgres;

	private final Path dataDirectory;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
		this.postgres = postgres;
		this.dataDirectory = dataDirectory;
	}

	/**
	 * Starts PostgreSQL on the given port (0 picks a free one) with its data in {@code dataDirectory}, durable: data
	 * that is kept must survive a power cut.
	 */
	public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
		return start(dataDirectory, port, false);
	}

	/**
	 * As {@link #start(Path, int)}; an ephemeral server (a test's) deletes its data directory when it stops and keeps
	 * zonky's fast settings, since nothing in it has to outlive the process.
	 */
	public static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean ephemeral) {
		try {
			Files.createDirectories(dataDirectory);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(ephemeral)
				.setRegisterShutdownHook(ephemeral)
				.setPGStartupWait(STARTUP_WAIT)
				.setServerConfig("password_encryption", "scram-sha-256")
				.setServerConfig("max_connections", "200")
				// the server's error lines would otherwise repeat row values (a duplicate ID number, a
				// phone) in DETAIL and STATEMENT lines, and they end up in the application's log
				.setServerConfig("log_error_verbosity", "terse")
				.setServerConfig("log_min_error_statement", "panic")
				.setDataDirectoryCustomizer(dir -> writeHba(dir.toPath()));
			if (!ephemeral) {
				// zonky starts the server with -F (fsync off) and synchronous_commit off: a power cut could lose
				// dossiers whose receipts were printed, reuse their codes, or corrupt the data directory
				builder.setServerConfig("fsync", "on")
					.setServerConfig("synchronous_commit", "on")
					.setServerConfig("full_page_writes", "on");
			}
			if (port > 0) {
				builder.setPort(port);
			}
			return new EmbeddedPostgresServer(builder.start(), dataDirectory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start embedded PostgreSQL in " + dataDirectory, ex);
		}
	}

	public int port() {
		return this.postgres.getPort();
	}

	/**
	 * Makes sure {@code database} exists, owned by {@code role}, reachable by that role alone, and gives
	 * the role a fresh password.
	 */
	public DatabaseCredentials provision(String database, String role) {
		requireIdentifier(database);
		requireIdentifier(role);
		String password = HexFormat.of().formatHex(randomBytes());
		try (Connection admin = this.postgres.getPostgresDatabase().getConnection(); Statement sql = admin.createStatement()) {
			if (!exists(admin, "select 1 from pg_roles where rolname = ?", role)) {
				sql.execute("create role " + role + " login");
			}
			sql.execute("alter role " + role + " with login password '" + password + "'");
			if (!exists(admin, "select 1 from pg_database where datname = ?", database)) {
				sql.execute("create database " + database + " owner " + role + " encoding 'UTF8' template template0");
			}
			sql.execute("revoke all on database " + database + " from public");
			sql.execute("revoke connect on database postgres, template1 from public");
			sql.execute("grant connect, temporary on database " + database + " to " + role);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not provision database " + database, ex);
		}
		return new DatabaseCredentials(DatabaseUrl.local(port(), database), role, password);
	}

	/** The postmaster's process while it runs, from its pid file. */
	public Optional<ProcessHandle> postmaster() {
		try {
			List<String> lines = Files.readAllLines(this.dataDirectory.resolve("postmaster.pid"), StandardCharsets.US_ASCII);
			return lines.isEmpty() ? Optional.empty()
					: ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive);
		}
		catch (IOException | NumberFormatException gone) {
			return Optional.empty();
		}
	}

	/**
	 * Fast shutdown (zonky's pg_ctl stop -m fast, waiting 5 s); a server still running after that gets an
	 * immediate shutdown (SIGQUIT, recovered from the WAL at the next start) so that stopping stays bounded.
	 */
	@Override
	public void close() {
		Optional<ProcessHandle> postmaster = postmaster();
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			postmaster.filter(ProcessHandle::isAlive).ifPresent(EmbeddedPostgresServer::stopImmediately);
		}
	}

	private static void stopImmediately(ProcessHandle postmaster) {
		try {
			new ProcessBuilder("kill", "-QUIT", Long.toString(postmaster.pid())).start().waitFor(5, TimeUnit.SECONDS);
			postmaster.onExit().get(5, TimeUnit.SECONDS);
		}
		catch (IOException | ExecutionException | TimeoutException ex) {
			postmaster.destroyForcibly();
		}
		catch (InterruptedException ex) {
			postmaster.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return bytes;
	}

	private static boolean exists(Connection admin, String query, String name) throws SQLException {
		try (PreparedStatement statement = admin.prepareStatement(query)) {
			statement.setString(1, name);
			try (ResultSet rows = statement.executeQuery()) {
				return rows.next();
			}
		}
	}

	private static void requireIdentifier(String name) {
		if (!IDENTIFIER.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a plain lower-case identifier: " + name);
		}
	}

	private static void writeHba(Path dataDirectory) {
		try {
			Files.writeString(dataDirectory.resolve("pg_hba.conf"), HBA, StandardCharsets.US_ASCII);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
