package vn.onestop.support.outbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Posts one round's events to one consumer. The events are dealt into {@code concurrency} lanes by aggregate, so
 * all the events of one aggregate share a lane and keep the order they occurred in; the lanes run in parallel,
 * each a sequence of requests of up to {@code postSize} events. Once an event is not accepted, the later events
 * of its aggregate are not sent this round; a request that fails as a whole (error status, timeout, open breaker,
 * an answer that does not say what was accepted) ends its lane. A request that times out makes the next ones
 * smaller ({@link PostSize}): a consumer that cannot record a full batch within the timeout still gets every event.
 */
final class DeliveringEvents {

	private static final Logger log = LoggerFactory.getLogger(DeliveringEvents.class);

	private final String consumer;

	private final URI target;

	private final WebClient http;

	private final OutboxRelayProperties properties;

	private final CircuitBreaker breaker;

	private final EventEnvelope envelope;

	private final PostSize postSize;

	DeliveringEvents(String consumer, URI target, WebClient http, OutboxRelayProperties properties, CircuitBreaker breaker,
			EventEnvelope envelope) {
		this.consumer = consumer;
		this.target = target;
		this.http = http;
		this.properties = properties;
		this.breaker = breaker;
		this.envelope = envelope;
		this.postSize = new PostSize(properties.postSize());
	}

	/** Events the next request carries at most: the configured size, or less after timeouts. */
	int postSize() {
		return this.postSize.current();
	}

	Mono<Delivery> deliver(List<OutboxRelay.StoredEvent> events) {
		return Flux.fromIterable(lanes(events))
			.flatMap(this::deliverLane, this.properties.concurrency())
			.reduce(Delivery.NONE, Delivery::plus);
	}

	private List<List<Outgoing>> lanes(List<OutboxRelay.StoredEvent> events) {
		List<List<Outgoing>> lanes = new ArrayList<>();
		for (int i = 0; i < this.properties.concurrency(); i++) {
			lanes.add(new ArrayList<>());
		}
		for (OutboxRelay.StoredEvent event : events) {
			Outgoing outgoing = new Outgoing(event, this.envelope.toJson(event));
			lanes.get(Math.floorMod(outgoing.aggregate().hashCode(), lanes.size())).add(outgoing);
		}
		lanes.removeIf(List::isEmpty);
		return lanes;
	}

	private Mono<Delivery> deliverLane(List<Outgoing> lane) {
		Set<String> held = new HashSet<>();
		return Flux.fromIterable(requests(lane)).concatMap(request -> {
			List<Outgoing> sendable = request.stream().filter(event -> !held.contains(event.aggregate())).toList();
			if (sendable.isEmpty()) {
				return Mono.just(Delivery.NONE);
			}
			return post(sendable).doOnNext(delivery -> sendable.stream()
				.filter(event -> !delivery.accepted().contains(event.id()))
				.forEach(event -> held.add(event.aggregate())));
		}).takeUntil(Delivery::failed).reduce(Delivery.NONE, Delivery::plus);
	}

	private List<List<Outgoing>> requests(List<Outgoing> lane) {
		long maxBytes = this.properties.postMaxBytes().toBytes();
		int size = this.postSize.current();
		List<List<Outgoing>> requests = new ArrayList<>();
		List<Outgoing> current = new ArrayList<>();
		long bytes = 2;
		for (Outgoing event : lane) {
			if (!current.isEmpty() && (current.size() == size || bytes + event.bytes() + 1 > maxBytes)) {
				requests.add(current);
				current = new ArrayList<>();
				bytes = 2;
			}
			current.add(event);
			bytes += event.bytes() + 1;
		}
		requests.add(current);
		return requests;
	}

	private Mono<Delivery> post(List<Outgoing> events) {
		Set<UUID> ids = events.stream().map(Outgoing::id).collect(Collectors.toCollection(LinkedHashSet::new));
		boolean single = this.properties.postSize() == 1;
		String body = single ? events.get(0).json()
				: events.stream().map(Outgoing::json).collect(Collectors.joining(",", "[", "]"));
		WebClient.ResponseSpec response = this.http.post()
			.uri(this.target)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.retrieve();
		Mono<Set<UUID>> accepted = single ? response.toBodilessEntity().thenReturn(ids)
				: response.bodyToMono(String.class).defaultIfEmpty("").map(answer -> {
					Set<UUID> known = new LinkedHashSet<>(this.envelope.acceptedIn(answer)
						.orElseThrow(() -> new IllegalStateException("an answer without the accepted events")));
					known.retainAll(ids);
					return known;
				});
		return accepted.timeout(this.properties.requestTimeout())
			.transformDeferred(CircuitBreakerOperator.of(this.breaker))
			.map(known -> {
				this.postSize.answered();
				Set<UUID> refused = new LinkedHashSet<>(ids);
				refused.removeAll(known);
				if (!refused.isEmpty()) {
					log.warn("{} of {} event(s) not accepted by {}, held back with their aggregates' later events: {}",
							refused.size(), ids.size(), this.consumer, refused.stream().limit(10).toList());
				}
				return new Delivery(known, refused, false);
			})
			.onErrorResume(error -> {
				if (error instanceof TimeoutException) {
					this.postSize.timedOut(events.size());
				}
				log.warn("{} event(s) from {} ({}) not accepted by {}: {}", ids.size(), ids.iterator().next(),
						events.get(0).event().eventType(), this.consumer, error.toString());
				return Mono.just(new Delivery(Set.of(), Set.of(), true));
			});
	}

	/**
	 * @param accepted by the consumer
	 * @param refused by the consumer, which answered for the request (the events it did not name as accepted)
	 * @param failed a request failed as a whole
	 */
	record Delivery(Set<UUID> accepted, Set<UUID> refused, boolean failed) {

		static final Delivery NONE = new Delivery(Set.of(), Set.of(), false);

		Delivery plus(Delivery other) {
			Set<UUID> accepted = new LinkedHashSet<>(this.accepted);
			accepted.addAll(other.accepted);
			Set<UUID> refused = new LinkedHashSet<>(this.refused);
			refused.addAll(other.refused);
			return new Delivery(accepted, refused, this.failed || other.failed);
		}

	}

	private record Outgoing(OutboxRelay.StoredEvent event, String json, int bytes) {

		Outgoing(OutboxRelay.StoredEvent event, String json) {
			this(event, json, json.getBytes(StandardCharsets.UTF_8).length);
		}

		UUID id() {
			return this.event.id();
		}

		String aggregate() {
			return this.event.aggregateType() + '/' + this.event.aggregateId();
		}

	}

}
