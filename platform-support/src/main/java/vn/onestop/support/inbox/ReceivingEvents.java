package vn.onestop.support.inbox;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Consumes each event exactly once: its id goes into {@code processed_event} in the same transaction
 * as whatever the handlers write, so a duplicate changes nothing and a failure half-way leaves
 * nothing, and the relay's next delivery does the whole work again.
 * <p>
 * A batch is recorded in order in one transaction (one commit for all, the cheap path under load). If that
 * fails, it is rolled back and the events are recorded again one by one, each in its own transaction, so one
 * bad event costs only itself and the later events of its aggregate, which are left out so as not to overtake it.
 * <p>
 * Once started, a delivery is recorded to the end even if its caller gives up (a relay's request timeout closes the
 * connection, which cancels the request's handling): cancelled half-way, the transaction would be rolled back and
 * the same slow work begun again on the re-post, for ever. Finished, its events are recognised on the re-post as
 * recorded and answered at once.
 */
public final class ReceivingEvents {

	private static final Logger log = LoggerFactory.getLogger(ReceivingEvents.class);

	private final DatabaseClient database;

	private final TransactionalOperator transaction;

	private final List<EventHandler> handlers;

	public ReceivingEvents(DatabaseClient database, TransactionalOperator transaction, List<EventHandler> handlers) {
		this.database = database;
		this.transaction = transaction;
		this.handlers = List.copyOf(handlers);
	}

	/** @return whether this was the event's first delivery */
	public Mono<Boolean> receive(IncomingEvent event) {
		return toTheEnd(record(event).as(this.transaction::transactional));
	}

	/** Records every event it can, in order; tells which were recorded (now or before) and which were not. */
	public Mono<ReceivedEvents> receiveAll(List<IncomingEvent> events) {
		if (events.isEmpty()) {
			return Mono.just(new ReceivedEvents(List.of(), List.of()));
		}
		return toTheEnd(Flux.fromIterable(events)
			.concatMap(this::record)
			.then(Mono.fromSupplier(() -> new ReceivedEvents(events.stream().map(IncomingEvent::id).toList(), List.of())))
			.as(this.transaction::transactional)
			.onErrorResume(error -> {
				log.warn("A batch of {} event(s) from {} failed as a whole ({}); recording them one by one", events.size(),
						events.get(0).source(), error.toString());
				return oneByOne(events);
			}));
	}

	/** Runs the work when subscribed to, and to its end: a cancelled subscriber no longer cancels it. */
	private static <T> Mono<T> toTheEnd(Mono<T> work) {
		return Mono.defer(() -> Mono.fromFuture(work.toFuture(), true));
	}

	private Mono<ReceivedEvents> oneByOne(List<IncomingEvent> events) {
		Set<String> held = new HashSet<>();
		return Flux.fromIterable(events).concatMap(event -> {
			if (held.contains(aggregateOf(event))) {
				return Mono.just(new ReceivedEvents(List.of(), List.of(event.id())));
			}
			return receive(event).thenReturn(new ReceivedEvents(List.of(event.id()), List.of())).onErrorResume(error -> {
				log.warn("Event {} ({}) from {} not recorded: {}", event.id(), event.eventType(), event.source(), error.toString());
				held.add(aggregateOf(event));
				return Mono.just(new ReceivedEvents(List.of(), List.of(event.id())));
			});
		}).reduce(new ReceivedEvents(List.of(), List.of()), ReceivedEvents::plus);
	}

	private Mono<Boolean> record(IncomingEvent event) {
		return firstDelivery(event).flatMap(first -> first ? Flux.fromIterable(this.handlers)
			.filter(handler -> handler.handles(event.eventType()))
			.concatMap(handler -> handler.handle(event))
			.then(Mono.just(true)) : Mono.just(false));
	}

	private Mono<Boolean> firstDelivery(IncomingEvent event) {
		return this.database
			.sql("insert into processed_event (event_id, event_type, source) values (:id, :type, :source) "
					+ "on conflict (event_id) do nothing")
			.bind("id", event.id())
			.bind("type", event.eventType())
			.bind("source", event.source())
			.fetch()
			.rowsUpdated()
			.map(inserted -> inserted == 1);
	}

	static String aggregateOf(IncomingEvent event) {
		return Objects.toString(event.aggregateType(), "") + '/' + Objects.toString(event.aggregateId(), "");
	}

}
