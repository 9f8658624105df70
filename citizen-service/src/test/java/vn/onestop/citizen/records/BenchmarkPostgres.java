package vn.onestop.citizen.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The search benchmark's own PostgreSQL, sized for a million citizens rather than for unit tests: the heap and every
 * index stay in shared buffers (the embedded default of 128 MB holds a third of them). It starts before the
 * application context, which reaches it through {@code platform.db.url}, and stops with the JVM. With
 * {@code -Dcitizen.search.benchmark.data-dir} the loaded database outlives the run;
 * {@code -Dcitizen.search.benchmark.server-config=shared_buffers=128MB,work_mem=4MB} overrides settings
 * ({@code shared_preload_libraries=pg_stat_statements} adds the statements' own times to the report).
 */
final class BenchmarkPostgres {

	static final String DATABASE = "citizen_search_bench";

	/** What docs/benchmarks/citizen-search.md reports; production sizing is discussed there. */
	static final Map<String, String> SETTINGS = Map.of("shared_buffers", "768MB", "effective_cache_size", "2GB",
			"work_mem", "16MB", "maintenance_work_mem", "512MB", "random_page_cost", "1.1", "max_wal_size", "4GB",
			"max_connections", "100", "jit", "off");

	private BenchmarkPostgres() {
	}

	/** Starts the server and publishes its URL and credentials as {@code citizen.search.benchmark.db-*} properties. */
	static void start() {
		String dataDirectory = System.getProperty("citizen.search.benchmark.data-dir", "");
		try {
			Path directory = dataDirectory.isEmpty() ? Files.createTempDirectory("citizen-search-bench-")
					: Files.createDirectories(Path.of(dataDirectory));
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(dataDirectory.isEmpty())
				.setRegisterShutdownHook(true);
			SETTINGS.forEach(builder::setServerConfig);
			for (String setting : System.getProperty("citizen.search.benchmark.server-config", "").split(",")) {
				if (setting.contains("=")) {
					builder.setServerConfig(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
				}
			}
			EmbeddedPostgres postgres = builder.start();
			String password = UUID.randomUUID().toString();
			provision(postgres, password);
			System.setProperty("citizen.search.benchmark.db-url", "postgresql://localhost:" + postgres.getPort() + "/" + DATABASE);
			System.setProperty("citizen.search.benchmark.db-password", password);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not provision " + DATABASE, ex);
		}
	}

	private static void provision(EmbeddedPostgres postgres, String password) throws SQLException {
		try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement sql = admin.createStatement()) {
			if (!exists(admin, "select 1 from pg_roles where rolname = ?")) {
				sql.execute("create role " + DATABASE + " login");
			}
			sql.execute("alter role " + DATABASE + " with login password '" + password + "'");
			if (!exists(admin, "select 1 from pg_database where datname = ?")) {
				sql.execute("create database " + DATABASE + " owner " + DATABASE + " encoding 'UTF8' template template0");
			}
		}
		try (Connection db = postgres.getDatabase("postgres", DATABASE).getConnection(); Statement sql = db.createStatement()) {
			sql.execute("create extension if not exists pg_prewarm");
			if (System.getProperty("citizen.search.benchmark.server-config", "").contains("pg_stat_statements")) {
				sql.execute("create extension if not exists pg_stat_statements");
				sql.execute("grant pg_read_all_stats to " + DATABASE);
				sql.execute("grant execute on function pg_stat_statements_reset(oid, oid, bigint, boolean) to " + DATABASE);
			}
		}
	}

	private static boolean exists(Connection admin, String query) throws SQLException {
		try (PreparedStatement statement = admin.prepareStatement(query)) {
			statement.setString(1, DATABASE);
			return statement.executeQuery().next();
		}
	}

}
