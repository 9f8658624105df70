package vn.onestop.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** One application running as its own JVM, logging to its own file. */
final class ApplicationProcess {

	/** How long a killed JVM may take to be gone. */
	static final Duration KILL_WAIT = Duration.ofSeconds(5);

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final App app;

	private final int port;

	private final Process process;

	private final Launch launch;

	private final Path log;

	private volatile Instant readySince;

	private ApplicationProcess(App app, int port, Process process, Launch launch, Path log) {
		this.app = app;
		this.port = port;
		this.process = process;
		this.launch = launch;
		this.log = log;
	}

	static ApplicationProcess start(App app, LauncherSettings settings, Map<String, String> environment) {
		Path jar = settings.jarOf(app);
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("Missing " + jar + ": build first (./mvnw -DskipTests package)");
		}
		try {
			Path log = settings.logOf(app);
			Files.createDirectories(log.getParent());
			Launch launch = ClassDataSharing.plan(jar, settings.jvmOptions(), settings.classDataSharing(), log);
			note(log, app.module() + " starting " + launch.description());
			ProcessBuilder builder = new ProcessBuilder(launch.command()).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
			builder.environment().putAll(environment);
			return new ApplicationProcess(app, settings.portOf(app), builder.start(), launch, log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + app.module(), ex);
		}
	}

	/** Polls the readiness probe until it answers 200, the process dies, or the deadline passes. */
	boolean awaitReady(Instant deadline) throws InterruptedException {
		HttpRequest probe = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(2))
			.build();
		while (Instant.now().isBefore(deadline) && this.process.isAlive()) {
			try {
				if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					this.readySince = Instant.now();
					return true;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			this.process.waitFor(250, TimeUnit.MILLISECONDS);
		}
		return false;
	}

	/**
	 * Asks the JVM to shut down (SIGTERM: graceful), then kills it if it has not gone within the grace period and
	 * waits at most {@link #KILL_WAIT} for the kill; a training run's CDS archive is kept only if it went in time.
	 * Returns what happened, for the launcher's log.
	 */
	String stop(Duration grace) throws InterruptedException {
		if (!this.process.isAlive()) {
			this.launch.ended(false);
			return this.app.module() + " had already exited";
		}
		Instant asked = Instant.now();
		this.process.destroy();
		boolean graceful = this.process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
		if (!graceful) {
			this.process.destroyForcibly().waitFor(KILL_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		this.launch.ended(graceful);
		String outcome = this.app.module() + (graceful ? " stopped in " + Duration.between(asked, Instant.now()).toMillis() + " ms"
				: " killed after the grace period of " + grace.toSeconds() + " s");
		if (this.launch.training().isPresent()) {
			outcome += graceful ? ", its CDS archive kept" : ", its CDS archive discarded";
		}
		note(this.log, outcome);
		return outcome;
	}

	/** A line of the launcher's in the application's log. */
	private static void note(Path log, String line) {
		try {
			Files.writeString(log, "[launcher] " + Instant.now() + " " + line + System.lineSeparator(),
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ignored) {
			// the log is for people; the platform runs without it
		}
	}

	/** When its readiness probe first answered 200; empty before that. */
	Optional<Instant> readySince() {
		return Optional.ofNullable(this.readySince);
	}

	/** Completes when the process has ended, however it ended. */
	CompletableFuture<Process> onExit() {
		return this.process.onExit();
	}

	/** The exit code (137: killed with SIGKILL, 143: SIGTERM) of an ended process. */
	int exitCode() {
		return this.process.exitValue();
	}

	App app() {
		return this.app;
	}

	int port() {
		return this.port;
	}

	long pid() {
		return this.process.pid();
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

}
