package vn.onestop.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import vn.onestop.support.db.EmbeddedPostgresServer;

/**
 * Starts again what died on its own: an application (crash, kill -9, out of memory) or PostgreSQL, after the
 * {@link RestartPolicy}'s backoff, saying each death, each restart and any crash loop in the launcher's log.
 * Once closed (the platform is stopping) it starts nothing more, and a restart already under way is stopped by
 * the platform, which refuses to keep what starts after its stop began.
 */
final class Supervisor implements AutoCloseable {

	private static final String POSTGRES = "PostgreSQL";

	/** What the supervisor asks of the platform; empty when the platform is stopping. */
	interface Restarts {

		Optional<ApplicationProcess> startAgain(App app);

		Optional<EmbeddedPostgresServer> startPostgresAgain(EmbeddedPostgresServer dead);

	}

	private final Restarts restarts;

	private final ProgressLog progress;

	private final Duration startupTimeout;

	private final Map<String, RestartPolicy> policies = new ConcurrentHashMap<>();

	private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(4, runnable -> {
		Thread thread = new Thread(runnable, "supervisor");
		thread.setDaemon(true);
		return thread;
	});

	private volatile boolean closed;

	private volatile Instant postgresUpSince = Instant.now();

	Supervisor(Restarts restarts, ProgressLog progress, Duration startupTimeout) {
		this.restarts = restarts;
		this.progress = progress;
		this.startupTimeout = startupTimeout;
	}

	void watch(ApplicationProcess process) {
		process.onExit().thenRun(() -> applicationDied(process));
	}

	void watch(EmbeddedPostgresServer postgres) {
		this.postgresUpSince = Instant.now();
		postgres.postmaster()
			.ifPresentOrElse(postmaster -> postmaster.onExit().thenRun(() -> postgresDied(postgres, postmaster.pid())),
					() -> postgresDied(postgres, -1));
	}

	private void applicationDied(ApplicationProcess process) {
		if (this.closed) {
			return;
		}
		RestartPolicy.Restart restart = restartAfterDeath(process.app().module(), process.readySince());
		this.progress.say("%s exited with %d (pid %d), restart %d in %s%s", process.app().module(), process.exitCode(),
				process.pid(), restart.number(), seconds(restart.delay()), crashLoop(restart));
		schedule(() -> restartApplication(process.app()), restart.delay());
	}

	private void restartApplication(App app) {
		Optional<ApplicationProcess> started;
		try {
			started = this.restarts.startAgain(app);
		}
		catch (RuntimeException ex) {
			RestartPolicy.Restart restart = restartAfterDeath(app.module(), Optional.empty());
			this.progress.say("%s could not be started again (%s), restart %d in %s%s", app.module(), ex.getMessage(),
					restart.number(), seconds(restart.delay()), crashLoop(restart));
			schedule(() -> restartApplication(app), restart.delay());
			return;
		}
		started.ifPresent(process -> {
			this.progress.say("started %s (pid %d) again on port %d", app.module(), process.pid(), process.port());
			watch(process);
			execute(() -> {
				if (process.awaitReady(Instant.now().plus(this.startupTimeout))) {
					this.progress.say("%s is ready again", app.module());
				}
			});
		});
	}

	private void postgresDied(EmbeddedPostgresServer postgres, long pid) {
		if (this.closed) {
			return;
		}
		RestartPolicy.Restart restart = restartAfterDeath(POSTGRES, Optional.of(this.postgresUpSince));
		this.progress.say("%s exited (pid %d), restart %d in %s%s", POSTGRES, pid, restart.number(), seconds(restart.delay()),
				crashLoop(restart));
		schedule(() -> restartPostgres(postgres), restart.delay());
	}

	private void restartPostgres(EmbeddedPostgresServer dead) {
		try {
			this.restarts.startPostgresAgain(dead).ifPresent(postgres -> {
				this.progress.say("started %s again (pid %d) on port %d", POSTGRES,
						postgres.postmaster().map(ProcessHandle::pid).orElse(-1L), postgres.port());
				watch(postgres);
			});
		}
		catch (RuntimeException ex) {
			RestartPolicy.Restart restart = restartAfterDeath(POSTGRES, Optional.empty());
			this.progress.say("%s could not be started again (%s), restart %d in %s%s", POSTGRES, ex.getMessage(),
					restart.number(), seconds(restart.delay()), crashLoop(restart));
			schedule(() -> restartPostgres(dead), restart.delay());
		}
	}

	private RestartPolicy.Restart restartAfterDeath(String name, Optional<Instant> readySince) {
		RestartPolicy policy = this.policies.computeIfAbsent(name, any -> new RestartPolicy());
		synchronized (policy) {
			return policy.afterDeath(readySince, Instant.now());
		}
	}

	private static String crashLoop(RestartPolicy.Restart restart) {
		return restart.crashLoop() ? " - crash loop: died " + restart.number() + " times in a row without running "
				+ RestartPolicy.HEALTHY_RUN.toSeconds() + " s" : "";
	}

	private static String seconds(Duration delay) {
		return delay.toMillis() % 1000 == 0 ? delay.toSeconds() + " s" : delay.toMillis() + " ms";
	}

	private void schedule(Interruptible task, Duration delay) {
		try {
			this.scheduler.schedule(() -> run(task), delay.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException stopping) {
			// closed meanwhile: nothing more is started
		}
	}

	private void execute(Interruptible task) {
		schedule(task, Duration.ZERO);
	}

	private void run(Interruptible task) {
		try {
			if (!this.closed) {
				task.run();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Starts nothing more and interrupts what is waiting; a restart already spawning finishes in {@code wait}. */
	void close(Duration wait) throws InterruptedException {
		this.closed = true;
		this.scheduler.shutdownNow();
		this.scheduler.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void close() throws InterruptedException {
		close(Duration.ofSeconds(10));
	}

	@FunctionalInterface
	private interface Interruptible {

		void run() throws InterruptedException;

	}

}
