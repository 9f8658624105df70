package vn.onestop.support.inbox;

import java.util.List;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Consumes each event exactly once: its id goes into {@code processed_event} in the same transaction
 * as whatever the handlers write, so a duplicate changes nothing and a failure half-way leaves
 * nothing, and the relay's next delivery does the whole work again.
 */
public final class ReceivingEvents {

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
		return firstDelivery(event)
			.flatMap(first -> first ? Flux.fromIterable(this.handlers)
				.filter(handler -> handler.handles(event.eventType()))
				.concatMap(handler -> handler.handle(event))
				.then(Mono.just(true)) : Mono.just(false))
			.as(this.transaction::transactional);
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

}
