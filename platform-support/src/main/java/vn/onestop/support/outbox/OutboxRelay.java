package vn.onestop.support.outbox;

import vn.onestop.support.scheduling.PeriodicTask;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Mono;

/**
 * Publishes {@code outbox_event} rows at least once, each aggregate's events in the order they occurred.
 * <p>
 * A round, in one transaction, claims up to {@code batchSize} rows with {@code for update skip locked} (several
 * instances may run; {@link OutboxTable} keeps an aggregate's later events back while an earlier one is held
 * elsewhere), posts them ({@link DeliveringEvents}: JSON arrays of up to {@code postSize} events, up to
 * {@code concurrency} requests in flight, an aggregate always in the same lane), and marks what every target
 * accepted as published in one statement. A crash or a failed commit leaves the rows unpublished for the next
 * round; consumers deduplicate on the event id. A full round is followed at once by the next instead of waiting
 * for the poll, so a backlog drains at the speed of the consumers.
 * <p>
 * Why this shape: one event per request, waiting for each answer, capped the relay at a few hundred events a
 * second (docs/benchmarks.md, items 2 and 6). Batching cuts the requests and the consumer's commits (its inbox
 * records a batch in one transaction) by {@code postSize}; the lanes overlap the round trips without
 * reordering an aggregate; only the order between aggregates is given up, which no consumer relies on.
 * <p>
 * Failures: an event a consumer refuses while accepting others is held back with its own {@link Backoff}
 * ({@link HeldEvents}) together with the later events of its aggregate, and everything else keeps flowing. A
 * request that fails as a whole (the consumer down or slow), or a round in which the consumers refused every
 * event, pauses the relay with the same backoff, and a circuit breaker spares a target that is down.
 */
public final class OutboxRelay extends PeriodicTask {

	private final TransactionalOperator transaction;

	private final OutboxRelayProperties properties;

	private final Clock clock;

	private final Backoff backoff;

	private final OutboxTable table;

	private final DeliveringEvents delivering;

	private final HeldEvents held;

	private final AtomicInteger failures = new AtomicInteger();

	private final AtomicReference<Instant> pausedUntil = new AtomicReference<>(Instant.MIN);

	public OutboxRelay(DatabaseClient database, TransactionalOperator transaction, WebClient http,
			OutboxRelayProperties properties, CircuitBreaker breaker, EventEnvelope envelope, Clock clock) {
		super("Relaying the outbox", Duration.ZERO, properties.pollInterval());
		this.transaction = transaction;
		this.properties = properties;
		this.clock = clock;
		this.backoff = new Backoff(properties.backoffInitial(), properties.backoffMax());
		this.table = new OutboxTable(database);
		this.delivering = new DeliveringEvents(http, properties, breaker, envelope);
		this.held = new HeldEvents(this.backoff);
	}

	/** Relays one round now and tells how many events were published; used by the loop and by tests. */
	public Mono<Integer> relayBatch() {
		return relayRound().map(Round::published);
	}

	private Mono<Round> relayRound() {
		return this.table.claim(this.properties.batchSize(), this.held.heldAt(this.clock.instant()))
			.flatMap(claim -> this.delivering.deliver(claim.events())
				.flatMap(delivery -> this.table.markPublished(delivery.accepted())
					.thenReturn(new Round(claim.locked(), delivery))))
			.as(this.transaction::transactional)
			.doOnNext(this::afterRound);
	}

	private void afterRound(Round round) {
		this.held.accepted(round.delivery().accepted());
		this.held.refused(round.delivery().refused(), this.clock.instant());
		if (round.failed()) {
			paused();
		}
		else {
			this.failures.set(0);
		}
	}

	private void paused() {
		int failed = this.failures.incrementAndGet();
		this.pausedUntil.set(this.clock.instant().plus(this.backoff.delayAfter(failed)));
	}

	/** Rounds one after another while they come back full and without a failure, then waits for the next poll. */
	@Override
	protected Mono<Long> step() {
		if (this.clock.instant().isBefore(this.pausedUntil.get())) {
			return Mono.just(0L);
		}
		return relayRound().expand(round -> round.full(this.properties.batchSize()) ? relayRound() : Mono.empty())
			.count()
			.doOnError(error -> paused());
	}

	/** An event as it stands in the outbox table. */
	public record StoredEvent(UUID id, String aggregateType, String aggregateId, String eventType, String payloadJson,
			Instant occurredAt) {
	}

	private record Round(long locked, DeliveringEvents.Delivery delivery) {

		int published() {
			return this.delivery.accepted().size();
		}

		/** A request failed as a whole, or consumers refused every event they were sent: they are in trouble. */
		boolean failed() {
			return this.delivery.failed() || (this.delivery.accepted().isEmpty() && !this.delivery.refused().isEmpty());
		}

		boolean full(int batchSize) {
			return this.locked >= batchSize && published() > 0 && !failed();
		}

	}

}
