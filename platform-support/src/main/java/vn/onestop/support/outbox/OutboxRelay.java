package vn.onestop.support.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Publishes {@code outbox_event} rows at least once to each consumer subscribed to their type, each aggregate's
 * events in the order they occurred, each consumer at its own pace.
 * <p>
 * Every event gets one {@code outbox_delivery} row per subscribed consumer ({@link RoutingEvents}); each consumer
 * has its own loop ({@link RelayingToConsumer}) that claims its rows with {@code for update skip locked} (several
 * instances may run), posts them in batches over parallel lanes per aggregate ({@link DeliveringEvents}) and marks
 * what it accepted in the round's transaction. A crash or a failed commit leaves the rows pending for the next
 * round; consumers deduplicate on the event id. A full round is followed at once by the next instead of waiting
 * for the poll, so a backlog drains at the speed of the consumer.
 * <p>
 * Why per consumer: an event used to count as published only once every target had accepted it, so one consumer
 * down (or unreachable, as a network policy made intake-service for citizen-service) stopped every consumer's
 * events, and each consumer received every event whether it wanted it or not.
 * <p>
 * Why batches and lanes: one event per request, waiting for each answer, capped the relay at a few hundred events a
 * second (docs/benchmarks.md, items 2 and 6). Batching cuts the requests and the consumer's commits by
 * {@code postSize}; the lanes overlap the round trips without reordering an aggregate; only the order between
 * aggregates is given up, which no consumer relies on.
 */
public final class OutboxRelay implements SmartLifecycle {

	private final List<RelayingToConsumer> consumers = new ArrayList<>();

	private volatile boolean running;

	public OutboxRelay(DatabaseClient database, TransactionalOperator transaction, WebClient http,
			OutboxRelayProperties properties, Function<String, CircuitBreaker> breakers, EventEnvelope envelope,
			Clock clock) {
		RoutingEvents routing = new RoutingEvents(database, properties.consumers());
		new TreeMap<>(properties.consumers()).forEach((name, consumer) -> this.consumers.add(new RelayingToConsumer(name,
				transaction, routing, new OutboxTable(database, name),
				new DeliveringEvents(name, consumer.url(), http, properties, breakers.apply(name), envelope), properties,
				clock)));
	}

	/** Relays one round to each consumer now and tells how many events each accepted; used by tests. */
	public Mono<Map<String, Integer>> relayRound() {
		return Flux.fromIterable(this.consumers)
			.flatMap(consumer -> consumer.relayOnce().map(published -> Map.entry(consumer.consumer(), published)))
			.collectMap(Map.Entry::getKey, Map.Entry::getValue, TreeMap::new);
	}

	/** Relays one round to each consumer now and tells how many deliveries were published in all. */
	public Mono<Integer> relayBatch() {
		return relayRound().map(published -> published.values().stream().mapToInt(Integer::intValue).sum());
	}

	@Override
	public synchronized void start() {
		this.consumers.forEach(RelayingToConsumer::start);
		this.running = true;
	}

	@Override
	public synchronized void stop() {
		this.consumers.forEach(RelayingToConsumer::stop);
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** An event as it stands in the outbox table. */
	public record StoredEvent(UUID id, String aggregateType, String aggregateId, String eventType, String payloadJson,
			Instant occurredAt) {
	}

}
