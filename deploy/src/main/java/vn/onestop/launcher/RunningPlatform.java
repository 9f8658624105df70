package vn.onestop.launcher;

import java.nio.file.Path;
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
import vn.onestop.support.security.dev.DevIssuer;

/**
 * The whole platform on one machine: an embedded PostgreSQL holding one database per service (only
 * for services without a configured database URL) and the five applications as separate JVMs.
 */
final class RunningPlatform implements AutoCloseable, Supervisor.Restarts {

	private final LauncherSettings settings;

	private final ProgressLog progress;

	private final Supervisor supervisor;

	private final Map<App, ApplicationProcess> processes = new EnumMap<>(App.class);

	/** One key per run: a page replica the supervisor starts again still reads the sessions it sealed. */
	private final String webSessionKey = WebSessionKey.generate();

	private final Map<App, DatabaseCredentials> databases = new EnumMap<>(App.class);

	private final AtomicBoolean stopped = new AtomicBoolean();

	private EmbeddedPostgresServer postgres;

	private DevIssuer issuer;

	private final Map<String, String> securityEnvironment = new HashMap<>();

	private RunningPlatform(LauncherSettings settings, ProgressLog progress) {
		this.settings = settings;
		this.progress = progress;
		this.supervisor = new Supervisor(this, progress, settings.startupTimeout());
	}

	/** A platform not started yet: {@link #start} starts it; {@link #close} stops what has been started so far. */
	static RunningPlatform of(LauncherSettings settings, ProgressLog progress) {
		return new RunningPlatform(settings, progress);
	}

	/** Starts everything and waits until all four applications report ready; stops what it started on failure. */
	static RunningPlatform start(LauncherSettings settings, ProgressLog progress) throws InterruptedException {
		RunningPlatform platform = of(settings, progress);
		platform.start();
		return platform;
	}

	/**
	 * Starts everything and waits until all four applications report ready; stops what it started on failure. A
	 * {@link #close} from another thread (the launcher's shutdown hook: Ctrl-C or SIGTERM during start-up) stops
	 * what has been started so far, and this method then ends with {@link StoppedDuringStartUp}. Once all are ready,
	 * the supervisor starts again whatever dies.
	 */
	void start() throws InterruptedException {
		ProgressLog progress = this.progress;
		try {
			startIssuer(progress);
			startDatabases(progress);
			for (App app : App.values()) {
				ApplicationProcess process = attach(app, ApplicationProcess.start(app, this.settings, environmentOf(app)));
				progress.say("started %s (pid %d) on port %d, log: %s", app.module(), process.pid(), process.port(),
						this.settings.logOf(app));
			}
			Instant deadline = Instant.now().plus(this.settings.startupTimeout());
			for (ApplicationProcess process : List.copyOf(this.processes.values())) {
				if (!process.awaitReady(deadline)) {
					checkNotStopped();
					throw new IllegalStateException(process.app().module() + " did not become ready; see "
							+ this.settings.logOf(process.app()));
				}
				progress.say("%s is ready", process.app().module());
			}
			checkNotStopped();
			supervise();
		}
		catch (RuntimeException | InterruptedException ex) {
			close();
			throw ex;
		}
	}

	/** Keeps a started process, or stops it at once when the platform is being stopped. */
	private ApplicationProcess attach(App app, ApplicationProcess process) throws InterruptedException {
		synchronized (this.processes) {
			if (!this.stopped.get()) {
				this.processes.put(app, process);
				return process;
			}
		}
		process.stop(PlatformShutdown.SERVICE_GRACE);
		throw new StoppedDuringStartUp();
	}

	private void supervise() {
		synchronized (this.processes) {
			this.processes.values().forEach(this.supervisor::watch);
			if (this.postgres != null) {
				this.supervisor.watch(this.postgres);
			}
		}
	}

	@Override
	public Optional<ApplicationProcess> startAgain(App app) {
		synchronized (this.processes) {
			if (this.stopped.get()) {
				return Optional.empty();
			}
			ApplicationProcess process = ApplicationProcess.start(app, this.settings, environmentOf(app));
			this.processes.put(app, process);
			return Optional.of(process);
		}
	}

	/** The same data directory and port, so that the applications' pools reconnect to it on their own. */
	@Override
	public Optional<EmbeddedPostgresServer> startPostgresAgain(EmbeddedPostgresServer dead) {
		try {
			dead.close(); // releases zonky's lock on the data directory
		}
		catch (RuntimeException alreadyGone) {
			// nothing to stop
		}
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(postgresDirectory(), dead.port());
		synchronized (this.processes) {
			if (!this.stopped.get()) {
				this.postgres = server;
				return Optional.of(server);
			}
		}
		server.close();
		return Optional.empty();
	}

	private Path postgresDirectory() {
		return this.settings.dataDirectory().resolve("postgres");
	}

	private void checkNotStopped() {
		if (this.stopped.get()) {
			throw new StoppedDuringStartUp();
		}
	}

	/** The platform was asked to stop while it was starting. */
	static final class StoppedDuringStartUp extends IllegalStateException {

		private static final long serialVersionUID = 1L;

		StoppedDuringStartUp() {
			super("stopped during start-up");
		}

	}

	/** Where the applications get their tokens checked: the identity provider's, or the demo issuer's. */
	private void startIssuer(ProgressLog progress) {
		this.securityEnvironment.putAll(TokenIssuing.environment(this.settings.security(), progress, () -> {
			synchronized (this.processes) {
				checkNotStopped();
				this.issuer = DevIssuer.start(0);
				return this.issuer;
			}
		}));
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
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(postgresDirectory(), this.settings.postgresPort());
		synchronized (this.processes) {
			if (this.stopped.get()) {
				server.close();
				throw new StoppedDuringStartUp();
			}
			this.postgres = server;
		}
		for (App service : embedded) {
			this.databases.put(service, this.postgres.provision(service.database(), service.database()));
		}
		progress.say("embedded PostgreSQL on port %d with databases %s (data: %s)", this.postgres.port(),
				embedded.stream().map(App::database).toList(), postgresDirectory());
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
		env.put("WEB_URL", "http://localhost:" + this.settings.portOf(App.WEB));
		env.put("WEB_API_URL", gatewayUrl() + "/api/v1");
		env.putAll(webPublicUrl(gatewayUrl(), System.getenv()));
		env.put("WEB_SESSION_KEY", this.webSessionKey);
		env.putAll(this.securityEnvironment);
		env.putAll(this.settings.extraEnvironment());
		return env;
	}

	/** The receipt's QR code leads to the gateway, unless the operator named the pages' public address. */
	static Map<String, String> webPublicUrl(String gatewayUrl, Map<String, String> launcherEnvironment) {
		String named = launcherEnvironment.get("WEB_PUBLIC_URL");
		return Map.of("WEB_PUBLIC_URL", named == null || named.isBlank() ? gatewayUrl : named);
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

	/**
	 * Stops the supervisor, then the gateway (no new work comes in), then the services, then PostgreSQL, each phase
	 * bounded ({@link PlatformShutdown}). Idempotent, and safe while {@link #start} or a restart runs on another
	 * thread: what starts after this call is stopped by whoever started it.
	 */
	@Override
	public void close() throws InterruptedException {
		Map<App, ApplicationProcess> started;
		DevIssuer tokens;
		synchronized (this.processes) {
			if (!this.stopped.compareAndSet(false, true)) {
				return;
			}
			started = new EnumMap<>(App.class);
			started.putAll(this.processes);
			tokens = this.issuer;
		}
		List<ApplicationProcess> services = new ArrayList<>();
		for (App service : App.services()) {
			if (started.containsKey(service)) {
				services.add(started.get(service));
			}
		}
		if (started.containsKey(App.WEB)) {
			services.add(started.get(App.WEB)); // the pages stop with the services, after the gateway
		}
		new PlatformShutdown(this.progress).stop(this.supervisor, started.get(App.GATEWAY), services, () -> {
			synchronized (this.processes) {
				return this.postgres; // read after the supervisor stopped: the one it may have started again
			}
		}, tokens);
	}

}
