package vn.onestop.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

import vn.onestop.support.db.EmbeddedPostgresServer;
import vn.onestop.support.security.dev.DevIssuer;

/**
 * Stops the platform in phases, each with a hard limit, and says in the launcher's log how long each took: the
 * supervisor (no more restarts), the gateway (no new work comes in), the three services at once, PostgreSQL, the
 * demo token issuer. A JVM still running after its grace period is killed; PostgreSQL gets a fast shutdown, then an
 * immediate one. The sum of the limits is {@link #BOUND}, the documented bound (docs/operating.md).
 */
final class PlatformShutdown {

	static final Duration SUPERVISOR_WAIT = Duration.ofSeconds(3);

	static final Duration GATEWAY_GRACE = Duration.ofSeconds(10);

	static final Duration SERVICE_GRACE = Duration.ofSeconds(20);

	/** pg_ctl stop -m fast -t 5, then SIGQUIT and 5 s for the postmaster to go (EmbeddedPostgresServer#close). */
	static final Duration POSTGRES_LIMIT = Duration.ofSeconds(10);

	/** Every phase at its limit; the launcher JVM's own exit comes on top (docs/operating.md says 60 s in all). */
	static final Duration BOUND = SUPERVISOR_WAIT.plus(GATEWAY_GRACE)
		.plus(ApplicationProcess.KILL_WAIT)
		.plus(SERVICE_GRACE)
		.plus(ApplicationProcess.KILL_WAIT)
		.plus(POSTGRES_LIMIT);

	private final ProgressLog progress;

	PlatformShutdown(ProgressLog progress) {
		this.progress = progress;
	}

	void stop(Supervisor supervisor, ApplicationProcess gateway, List<ApplicationProcess> services,
			Supplier<EmbeddedPostgresServer> database, DevIssuer issuer) throws InterruptedException {
		Instant begun = Instant.now();
		Instant phase = Instant.now();
		supervisor.close(SUPERVISOR_WAIT);
		if (gateway == null && services.isEmpty() && database.get() == null && issuer == null) {
			return; // refused before anything started
		}
		phase = done("supervisor", phase, "no more restarts");
		if (gateway != null) {
			phase = done("gateway", phase, gateway.stop(GATEWAY_GRACE));
		}
		if (!services.isEmpty()) {
			List<CompletableFuture<String>> stopping = services.stream().map(PlatformShutdown::stopping).toList();
			List<String> outcomes = new ArrayList<>();
			for (CompletableFuture<String> service : stopping) {
				outcomes.add(outcome(service));
			}
			phase = done("services", phase, String.join("; ", outcomes));
		}
		EmbeddedPostgresServer postgres = database.get();
		if (postgres != null) {
			String outcome = "stopped";
			try {
				postgres.close();
			}
			catch (RuntimeException ex) {
				outcome = ex.toString();
			}
			phase = done("PostgreSQL", phase, outcome);
		}
		if (issuer != null) {
			issuer.close();
		}
		this.progress.say("stop took %d ms in all (bound %d s)", Duration.between(begun, Instant.now()).toMillis(),
				BOUND.toSeconds());
	}

	private Instant done(String phase, Instant since, String what) {
		Instant now = Instant.now();
		this.progress.say("stop phase %s: %d ms (%s)", phase, Duration.between(since, now).toMillis(), what);
		return now;
	}

	private static CompletableFuture<String> stopping(ApplicationProcess service) {
		CompletableFuture<String> outcome = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			try {
				outcome.complete(service.stop(SERVICE_GRACE));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				outcome.complete(service.app().module() + " not waited for (interrupted)");
			}
		}, "stop-" + service.app().module());
		thread.start();
		return outcome;
	}

	private static String outcome(CompletableFuture<String> stopping) throws InterruptedException {
		try {
			return stopping.get();
		}
		catch (ExecutionException ex) {
			return ex.getCause().toString();
		}
	}

}
