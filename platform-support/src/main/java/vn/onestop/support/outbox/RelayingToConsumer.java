package vn.onestop.support.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;
import vn.onestop.support.scheduling.PeriodicTask;

/**
 * One consumer's relay: its own loop, its own breaker and backoff, its own rows in {@code outbox_delivery}, so a
 * consumer that is down or refusing holds back only its own deliveries.
 * <p>
 * A round routes new events ({@link RoutingEvents}), then, in one transaction, claims up to {@code batchSize} of
 * the consumer's pending deliveries ({@link OutboxTable}), posts them ({@link DeliveringEvents}), marks what the
 * consumer accepted as published and puts off what it refused, each event for its own {@link Backoff} (kept in the
 * row: every instance honours it, and a restart does not forget it). A request that fails as a whole (the consumer
 * down or slow), or a round in which the consumer refused every event, pauses this loop with the same backoff.
 */
final class RelayingToConsumer extends PeriodicTask {

	private final String consumer;

	private final TransactionalOperator transaction;

	private final RoutingEvents routing;

	private final OutboxTable table;

	private final DeliveringEvents delivering;

	private final int batchSize;

	private final Backoff backoff;

	private final Clock clock;

	private final AtomicInteger failures = new AtomicInteger();

	private final AtomicReference<Instant> pausedUntil = new AtomicReference<>(Instant.MIN);

	RelayingToConsumer(String consumer, TransactionalOperator transaction, RoutingEvents routing, OutboxTable table,
			DeliveringEvents delivering, OutboxRelayProperties properties, Clock clock) {
		super("Relaying the outbox to " + consumer, Duration.ZERO, properties.pollInterval());
		this.consumer = consumer;
		this.transaction = transaction;
		this.routing = routing;
		this.table = table;
		this.delivering = delivering;
		this.batchSize = properties.batchSize();
		this.backoff = new Backoff(properties.backoffInitial(), properties.backoffMax());
		this.clock = clock;
	}

	String consumer() {
		return this.consumer;
	}

	/** One round now, whether paused or not; how many events the consumer accepted. */
	Mono<Integer> relayOnce() {
		return relayRound().map(Round::published);
	}

	private Mono<Round> relayRound() {
		return this.routing.routeAll(this.batchSize).then(Mono.defer(() -> this.table.claim(this.batchSize, this.clock.instant())
			.flatMap(claim -> this.delivering.deliver(claim.events())
				.flatMap(delivery -> this.table.markPublished(delivery.accepted())
					.then(this.table.putOff(retryTimes(claim, delivery)))
					.thenReturn(new Round(claim.locked(), delivery))))
			.as(this.transaction::transactional)
			.doOnNext(this::afterRound)));
	}

	private Map<UUID, Instant> retryTimes(OutboxTable.Claim claim, DeliveringEvents.Delivery delivery) {
		Instant now = this.clock.instant();
		Map<UUID, Instant> retryAt = new LinkedHashMap<>();
		for (UUID refused : delivery.refused()) {
			retryAt.put(refused, now.plus(this.backoff.delayAfter(claim.refusals().getOrDefault(refused, 0) + 1)));
		}
		return retryAt;
	}

	private void afterRound(Round round) {
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
		return relayRound().expand(round -> round.full(this.batchSize) ? relayRound() : Mono.empty())
			.count()
			.doOnError(error -> paused());
	}

	private record Round(long locked, DeliveringEvents.Delivery delivery) {

		int published() {
			return this.delivery.accepted().size();
		}

		/** A request failed as a whole, or the consumer refused every event it was sent: it is in trouble. */
		boolean failed() {
			return this.delivery.failed() || (this.delivery.accepted().isEmpty() && !this.delivery.refused().isEmpty());
		}

		boolean full(int batchSize) {
			return this.locked >= batchSize && published() > 0 && !failed();
		}

	}

}
