package vn.onestop.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One application running as its own JVM, logging to its own file. */
final class ApplicationProcess {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final App app;

	private final int port;

	private final Process process;

	private ApplicationProcess(App app, int port, Process process) {
		this.app = app;
		this.port = port;
		this.process = process;
	}

	static ApplicationProcess start(App app, LauncherSettings settings, Map<String, String> environment) {
		Path jar = settings.jarOf(app);
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("Missing " + jar + ": build first (./mvnw -DskipTests package)");
		}
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(settings.jvmOptions());
		command.add("-jar");
		command.add(jar.toString());
		try {
			Path log = settings.logOf(app);
			Files.createDirectories(log.getParent());
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
			builder.environment().putAll(environment);
			return new ApplicationProcess(app, settings.portOf(app), builder.start());
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

	/** Asks the JVM to shut down (SIGTERM: graceful), then kills it if it has not gone within the grace period. */
	void stop(Duration grace) throws InterruptedException {
		if (!this.process.isAlive()) {
			return;
		}
		this.process.destroy();
		if (!this.process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
			this.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
		}
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
