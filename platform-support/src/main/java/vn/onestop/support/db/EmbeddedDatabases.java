package vn.onestop.support.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL per data directory per JVM, shared by every application context in it
 * (tests start many). Without a data directory the server is ephemeral: its data goes when the JVM does.
 */
final class EmbeddedDatabases {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabases.class);

	private static final Map<String, EmbeddedPostgresServer> servers = new HashMap<>();

	/**
	 * Provisioning renews the role's password, so each database is provisioned once per JVM: a later
	 * application context must not lock out an earlier one whose pool still opens connections.
	 */
	private static final Map<String, DatabaseCredentials> provisioned = new HashMap<>();

	private EmbeddedDatabases() {
	}

	static synchronized DatabaseCredentials provision(String name, String dataDirectory, int port) {
		EmbeddedPostgresServer server = servers.computeIfAbsent(dataDirectory, dir -> start(dir, port));
		DatabaseCredentials credentials = provisioned.computeIfAbsent(dataDirectory + "\u0000" + name,
				key -> server.provision(name, name));
		log.warn("No database URL configured: using embedded PostgreSQL on port {} ({}). Set the service's *_DB_URL in production.",
				server.port(), dataDirectory.isEmpty() ? "ephemeral data" : "data in " + dataDirectory);
		return credentials;
	}

	private static EmbeddedPostgresServer start(String dataDirectory, int port) {
		if (!dataDirectory.isEmpty()) {
			return EmbeddedPostgresServer.start(Path.of(dataDirectory), port);
		}
		try {
			return EmbeddedPostgresServer.start(Files.createTempDirectory("onestop-pg-"), port, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
