package vn.onestop.support.outbox;

import vn.onestop.support.scheduling.PeriodicTask;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Publishes {@code outbox_event} rows at least once, in the order they occurred: claims a batch with
 * {@code for update skip locked} (several instances may run), posts each event to every target, and
 * marks it published only when all accepted. The first refusal ends the batch, so a later event never
 * overtakes an earlier one; failures back off exponentially and a circuit breaker spares a target
 * that is down. Consumers deduplicate on the event id.
 */
public final class OutboxRelay extends PeriodicTask {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final DatabaseClient database;

	private final TransactionalOperator transaction;

	private final WebClient http;

	private final OutboxRelayProperties properties;

	private final CircuitBreaker breaker;

	private final EventEnvelope envelope;

	private final Clock clock;

	private final Backoff backoff;

	private final AtomicInteger failures = new AtomicInteger();

	private final AtomicReference<Instant> pausedUntil = new AtomicReference<>(Instant.MIN);

	public OutboxRelay(DatabaseClient database, TransactionalOperator transaction, WebClient http,
			OutboxRelayProperties properties, CircuitBreaker breaker, EventEnvelope envelope, Clock clock) {
		super("Relaying the outbox", Duration.ZERO, properties.pollInterval());
		this.database = database;
		this.transaction = transaction;
		this.http = http;
		this.properties = properties;
		this.breaker = breaker;
		this.envelope = envelope;
		this.clock = clock;
		this.backoff = new Backoff(properties.backoffInitial(), properties.backoffMax());
	}

	/** Relays one batch now and tells how many events were published; used by the loop and by tests. */
	public Mono<Integer> relayBatch() {
		// The claimed rows are read to the end before the first post: stopping at a refusal must not cancel the
		// query while its rows still arrive, which leaves the connection idle in transaction for good.
		return claim().collectList()
			.flatMapMany(Flux::fromIterable)
			.concatMap(event -> deliverToAll(event).map(accepted -> new Attempt(event, accepted)))
			.takeUntil(attempt -> !attempt.accepted())
			.concatMap(attempt -> attempt.accepted() ? markPublished(attempt.event()).thenReturn(attempt) : Mono.just(attempt))
			.collectList()
			.as(this.transaction::transactional)
			.map(attempts -> {
				boolean refused = !attempts.isEmpty() && !attempts.get(attempts.size() - 1).accepted();
				afterBatch(refused);
				return (int) attempts.stream().filter(Attempt::accepted).count();
			});
	}

	private Flux<StoredEvent> claim() {
		return this.database
			.sql("select id, aggregate_type, aggregate_id, event_type, payload::text as payload, occurred_at from outbox_event "
					+ "where published_at is null order by occurred_at, id limit :batch for update skip locked")
			.bind("batch", this.properties.batchSize())
			.map((row, meta) -> new StoredEvent(row.get("id", java.util.UUID.class), row.get("aggregate_type", String.class),
					row.get("aggregate_id", String.class), row.get("event_type", String.class), row.get("payload", String.class),
					row.get("occurred_at", java.time.OffsetDateTime.class).toInstant()))
			.all();
	}

	private Mono<Boolean> deliverToAll(StoredEvent event) {
		String body = this.envelope.toJson(event);
		return Flux.fromIterable(this.properties.targets()).concatMap(target -> post(target, event, body)).all(accepted -> accepted);
	}

	private Mono<Boolean> post(URI target, StoredEvent event, String body) {
		return this.http.post()
			.uri(target)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.retrieve()
			.toBodilessEntity()
			.timeout(this.properties.requestTimeout())
			.transformDeferred(CircuitBreakerOperator.of(this.breaker))
			.thenReturn(true)
			.onErrorResume(error -> {
				log.warn("Event {} ({}) not accepted by {}: {}", event.id(), event.eventType(), target, error.toString());
				return Mono.just(false);
			});
	}

	private Mono<Long> markPublished(StoredEvent event) {
		return this.database.sql("update outbox_event set published_at = now() where id = :id")
			.bind("id", event.id())
			.fetch()
			.rowsUpdated();
	}

	private void afterBatch(boolean refused) {
		if (refused) {
			int failed = this.failures.incrementAndGet();
			this.pausedUntil.set(this.clock.instant().plus(this.backoff.delayAfter(failed)));
		}
		else {
			this.failures.set(0);
		}
	}

	@Override
	protected Mono<Integer> step() {
		if (this.clock.instant().isBefore(this.pausedUntil.get())) {
			return Mono.just(0);
		}
		return relayBatch().doOnError(error -> afterBatch(true));
	}

	/** An event as it stands in the outbox table. */
	public record StoredEvent(java.util.UUID id, String aggregateType, String aggregateId, String eventType, String payloadJson,
			Instant occurredAt) {
	}

	private record Attempt(StoredEvent event, boolean accepted) {
	}

	List<URI> targets() {
		return this.properties.targets();
	}

}
