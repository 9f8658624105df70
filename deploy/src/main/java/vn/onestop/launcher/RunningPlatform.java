package vn.onestop.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import vn.onestop.support.db.DatabaseCredentials;
import vn.onestop.support.db.EmbeddedPostgresServer;

/**
 * The whole platform on one machine: an embedded PostgreSQL holding one database per service (only
 * for services without a configured database URL) and the four applications as separate JVMs.
 */
final class RunningPlatform implements AutoCloseable {

	private static final Duration GRACE = Duration.ofSeconds(20);

	private final LauncherSettings settings;

	private final Map<App, ApplicationProcess> processes = new EnumMap<>(App.class);

	private final Map<App, DatabaseCredentials> databases = new EnumMap<>(App.class);

	private final AtomicBoolean stopped = new AtomicBoolean();

	private EmbeddedPostgresServer postgres;

	private RunningPlatform(LauncherSettings settings) {
		this.settings = settings;
	}

	/** Starts everything and waits until all four applications report ready; stops what it started on failure. */
	static RunningPlatform start(LauncherSettings settings, ProgressLog progress) throws InterruptedException {
		RunningPlatform platform = new RunningPlatform(settings);
		try {
			platform.startDatabases(progress);
			for (App app : App.values()) {
				ApplicationProcess process = ApplicationProcess.start(app, settings, platform.environmentOf(app));
				platform.processes.put(app, process);
				progress.say("started %s (pid %d) on port %d, log: %s", app.module(), process.pid(), process.port(),
						settings.logOf(app));
			}
			Instant deadline = Instant.now().plus(settings.startupTimeout());
			for (ApplicationProcess process : platform.processes.values()) {
				if (!process.awaitReady(deadline)) {
					throw new IllegalStateException(process.app().module() + " did not become ready; see "
							+ settings.logOf(process.app()));
				}
				progress.say("%s is ready", process.app().module());
			}
			return platform;
		}
		catch (RuntimeException | InterruptedException ex) {
			platform.close();
			throw ex;
		}
	}

	private void startDatabases(ProgressLog progress) {
		List<App> embedded = new ArrayList<>();
		for (App service : App.services()) {
			if (this.settings.databaseUrls().get(service).isBlank()) {
				embedded.add(service);
			}
		}
		if (embedded.isEmpty()) {
			return;
		}
		this.postgres = EmbeddedPostgresServer.start(this.settings.dataDirectory().resolve("postgres"), this.settings.postgresPort());
		for (App service : embedded) {
			this.databases.put(service, this.postgres.provision(service.database(), service.database()));
		}
		progress.say("embedded PostgreSQL on port %d with databases %s (data: %s)", this.postgres.port(),
				embedded.stream().map(App::database).toList(), this.settings.dataDirectory().resolve("postgres"));
	}

	private Map<String, String> environmentOf(App app) {
		Map<String, String> env = new HashMap<>();
		env.put("PLATFORM_PARENT_PID", String.valueOf(ProcessHandle.current().pid()));
		env.put(app.envPrefix() + "_PORT", String.valueOf(this.settings.portOf(app)));
		DatabaseCredentials db = this.databases.get(app);
		if (db != null) {
			env.put(app.envPrefix() + "_DB_URL", db.url().plain());
			env.put(app.envPrefix() + "_DB_USER", db.username());
			env.put(app.envPrefix() + "_DB_PASSWORD", db.password());
		}
		for (App service : App.services()) {
			env.put(service.envPrefix() + "_URL", "http://localhost:" + this.settings.portOf(service));
		}
		env.putAll(this.settings.extraEnvironment());
		return env;
	}

	String gatewayUrl() {
		return "http://localhost:" + this.settings.gatewayPort();
	}

	Optional<ApplicationProcess> process(App app) {
		return Optional.ofNullable(this.processes.get(app));
	}

	Optional<DatabaseCredentials> database(App service) {
		return Optional.ofNullable(this.databases.get(service));
	}

	/** Stops the gateway first (no new work comes in), then the services, then PostgreSQL. Idempotent. */
	@Override
	public void close() throws InterruptedException {
		if (!this.stopped.compareAndSet(false, true)) {
			return;
		}
		ApplicationProcess gateway = this.processes.get(App.GATEWAY);
		if (gateway != null) {
			gateway.stop(GRACE);
		}
		List<Thread> stopping = new ArrayList<>();
		for (App service : App.services()) {
			ApplicationProcess process = this.processes.get(service);
			if (process != null) {
				Thread thread = new Thread(() -> stopQuietly(process), "stop-" + service.module());
				thread.start();
				stopping.add(thread);
			}
		}
		for (Thread thread : stopping) {
			thread.join();
		}
		if (this.postgres != null) {
			this.postgres.close();
		}
	}

	private static void stopQuietly(ApplicationProcess process) {
		try {
			process.stop(GRACE);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
