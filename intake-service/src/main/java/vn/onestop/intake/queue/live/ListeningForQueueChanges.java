package vn.onestop.intake.queue.live;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.postgresql.api.Notification;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.api.PostgresqlResult;
import io.r2dbc.spi.ValidationDepth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.context.SmartLifecycle;

import vn.onestop.support.outbox.Backoff;

/**
 * Listens on the {@value #CHANNEL} channel on a connection of its own, outside the pool (a pooled connection would
 * be handed to others and lose its LISTEN). Every transaction that changes a ward's queue sends
 * {@code pg_notify('queue_changed', ward)}, which PostgreSQL delivers when, and only if, it commits, to every
 * listening instance. The connection is watched: when it fails, closes or stops answering a probe, this listens
 * again on a new one, waiting by {@link Backoff} between attempts, and then signals every watched ward as changed,
 * since a change may have been missed meanwhile.
 */
class ListeningForQueueChanges implements SmartLifecycle {

	static final String CHANNEL = "queue_changed";

	private static final Logger log = LoggerFactory.getLogger(ListeningForQueueChanges.class);

	private final PostgresqlConnectionFactory connections;

	private final QueueChanges changes;

	private final QueueLiveProperties properties;

	private final Backoff backoff;

	private final AtomicInteger failures = new AtomicInteger();

	private final AtomicBoolean listening = new AtomicBoolean();

	private volatile int backendPid;

	private Disposable loop;

	ListeningForQueueChanges(PostgresqlConnectionFactory connections, QueueChanges changes,
			QueueLiveProperties properties, MeterRegistry meters) {
		this.connections = connections;
		this.changes = changes;
		this.properties = properties;
		this.backoff = new Backoff(properties.reconnectFirst(), properties.reconnectMax());
		Gauge.builder("onestop.queue.listener.listening", this.listening, l -> l.get() ? 1 : 0)
			.description("1 while this instance listens for walk-in queue changes, 0 while it tries to again")
			.register(meters);
	}

	/** The database backend process of the listening connection, 0 while not listening (for operators and tests). */
	int backendPid() {
		return this.listening.get() ? this.backendPid : 0;
	}

	private Flux<String> session() {
		return Flux.usingWhen(this.connections.create(), this::listen, this::close, (connection, error) -> close(connection),
				this::close);
	}

	private Flux<String> listen(PostgresqlConnection connection) {
		Flux<String> notified = connection.getNotifications()
			.filter(notification -> CHANNEL.equals(notification.getName()))
			.map(Notification::getParameter)
			.filter(WardCodes::isWard);
		Flux<String> missedMeanwhile = subscribe(connection)
			.thenMany(Flux.defer(() -> Flux.fromIterable(this.changes.watchedWards())));
		return Flux.merge(notified, missedMeanwhile, probes(connection));
	}

	private Mono<Void> subscribe(PostgresqlConnection connection) {
		return connection.createStatement("LISTEN " + CHANNEL)
			.execute()
			.flatMap(PostgresqlResult::getRowsUpdated)
			.then(connection.createStatement("select pg_backend_pid() as pid")
				.execute()
				.flatMap(result -> result.map((row, meta) -> row.get("pid", Integer.class)))
				.next())
			.doOnNext(pid -> {
				this.backendPid = pid;
				this.listening.set(true);
				this.failures.set(0);
				log.info("Listening for walk-in queue changes (database backend {})", pid);
			})
			.then();
	}

	/** Fails when the connection no longer answers: a dead peer that sent no reset would otherwise go unnoticed. */
	private Flux<String> probes(PostgresqlConnection connection) {
		return Flux.interval(this.properties.probeInterval())
			.onBackpressureDrop()
			.concatMap(tick -> connection.validate(ValidationDepth.REMOTE)
				.timeout(this.properties.probeTimeout())
				.onErrorReturn(false))
			.filter(alive -> !alive)
			.concatMap(dead -> Mono.error(new IllegalStateException("the listening connection stopped answering")));
	}

	private Mono<Void> close(PostgresqlConnection connection) {
		this.listening.set(false);
		return connection.close().timeout(this.properties.probeTimeout()).onErrorResume(error -> Mono.empty());
	}

	private Mono<Long> waitBeforeRetrying(Throwable cause) {
		this.listening.set(false);
		int failed = this.failures.incrementAndGet();
		log.warn("Not listening for walk-in queue changes ({}); listening again, attempt {}", cause.toString(), failed);
		return Mono.delay(this.backoff.delayAfter(failed));
	}

	@Override
	public synchronized void start() {
		if (this.loop != null) {
			return;
		}
		this.loop = Flux.defer(this::session)
			.concatWith(Mono.error(() -> new IllegalStateException("the listening connection closed")))
			.retryWhen(Retry.from(signals -> signals.concatMap(signal -> waitBeforeRetrying(signal.failure()))))
			.subscribe(this.changes::changed, error -> log.error("Stopped listening for walk-in queue changes", error));
	}

	@Override
	public synchronized void stop() {
		if (this.loop != null) {
			this.loop.dispose();
			this.loop = null;
			this.listening.set(false);
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.loop != null;
	}

}
