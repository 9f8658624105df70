package vn.onestop.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The run command's launcher jar as a real child process, with its console output collected. */
final class LauncherProcess {

	private static final Pattern STARTED = Pattern.compile("started (\\S+) \\(pid (\\d+)\\)");

	private final Process process;

	private final List<String> lines = new CopyOnWriteArrayList<>();

	private final Thread reader;

	private LauncherProcess(Process process) {
		this.process = process;
		this.reader = new Thread(this::collect, "launcher-output");
		this.reader.setDaemon(true);
		this.reader.start();
	}

	static LauncherProcess start(Path home, Map<String, String> environment) throws IOException {
		ProcessBuilder builder = new ProcessBuilder("bash", home.resolve("deploy/run.sh").toString())
			.directory(home.toFile())
			.redirectErrorStream(true);
		builder.environment().putAll(environment);
		builder.environment().put("PLATFORM_SKIP_BUILD", "1");
		builder.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + java.io.File.pathSeparator
				+ System.getenv().getOrDefault("PATH", ""));
		return new LauncherProcess(builder.start());
	}

	/** Waits for the line announcing the platform is ready and returns the gateway URL it prints. */
	String awaitReady(Duration timeout) {
		Pattern ready = Pattern.compile("platform ready: (http://\\S+)");
		return poll(timeout, () -> this.lines.stream().map(ready::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst(),
				"the launcher to print 'platform ready'");
	}

	/** The pid of the module's latest start (the launcher starts an application again when it dies). */
	long pidOf(String module) {
		return this.lines.stream()
			.map(STARTED::matcher)
			.filter(m -> m.find() && m.group(1).equals(module))
			.mapToLong(m -> Long.parseLong(m.group(2)))
			.reduce((first, later) -> later)
			.orElseThrow(() -> new AssertionError("launcher did not report a pid for " + module + ": " + this.lines));
	}

	List<Long> applicationPids() {
		return List.of(pidOf("intake-service"), pidOf("citizen-service"), pidOf("notification-service"), pidOf("gateway"));
	}

	/** SIGTERM, as an operator or a service manager would send, then waits for the launcher to exit. */
	int terminate(Duration timeout) throws InterruptedException, IOException {
		// not Process#destroy: it also closes the launcher's output, and what it says while stopping would be lost
		new ProcessBuilder("kill", "-TERM", String.valueOf(this.process.pid())).inheritIO().start().waitFor();
		return awaitExit(timeout);
	}

	/** SIGINT, what Ctrl-C sends, then waits for the launcher to exit. */
	int interrupt(Duration timeout) throws InterruptedException, IOException {
		new ProcessBuilder("kill", "-INT", String.valueOf(this.process.pid())).inheritIO().start().waitFor();
		return awaitExit(timeout);
	}

	private int awaitExit(Duration timeout) throws InterruptedException {
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			this.process.destroyForcibly();
			throw new AssertionError("launcher did not stop within " + timeout + ": " + this.lines);
		}
		this.reader.join(Duration.ofSeconds(10).toMillis()); // its last lines, still in the pipe when it exited
		// for the record (docs/benchmarks.md, "Stopping"): what each phase of the stop took
		this.lines.stream().filter(line -> line.contains("stop phase") || line.contains("stop took")).forEach(System.out::println);
		return this.process.exitValue();
	}

	void killIfRunning() {
		if (this.process.isAlive()) {
			this.process.descendants().forEach(ProcessHandle::destroyForcibly);
			this.process.destroyForcibly();
		}
	}

	List<String> output() {
		return this.lines;
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Polls until the supplier yields a value or the timeout passes. */
	static <T> T poll(Duration timeout, Supplier<Optional<T>> probe, String what) {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			Optional<T> value = probe.get();
			if (value.isPresent()) {
				return value.get();
			}
			LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
		}
		throw new AssertionError("timed out after " + timeout + " waiting for " + what);
	}

	private void collect() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				this.lines.add(line);
			}
		}
		catch (IOException ended) {
			// the process is gone
		}
	}

}
