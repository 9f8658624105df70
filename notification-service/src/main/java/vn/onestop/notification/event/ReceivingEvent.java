package vn.onestop.notification.event;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.onestop.notification.delivery.QueueingMessage;
import vn.onestop.notification.template.MissingValuesException;

/**
 * Consumes an event exactly once: the event id goes into {@code processed_event} in the same
 * transaction as the messages it yields, so a duplicate adds nothing and a crash half-way leaves
 * nothing, and the relay's next delivery does the whole work again.
 */
@Service
class ReceivingEvent {

	private static final Logger log = LoggerFactory.getLogger(ReceivingEvent.class);

	private final DatabaseClient database;

	private final TransactionalOperator transaction;

	private final EventNotices notices;

	private final QueueingMessage queueing;

	ReceivingEvent(DatabaseClient database, TransactionalOperator transaction, EventNotices notices, QueueingMessage queueing) {
		this.database = database;
		this.transaction = transaction;
		this.notices = notices;
		this.queueing = queueing;
	}

	/** @return how many messages the event yielded: 0 for a duplicate or an event nobody is told about */
	Mono<Long> receive(IncomingEvent event) {
		return firstDelivery(event)
			.flatMap(first -> first ? Flux.fromIterable(this.notices.requestsFor(event)).concatMap(this::queueOrSkip).count()
					: Mono.just(0L))
			.as(this.transaction::transactional)
			.doOnNext(messages -> log.info("Event {} {} from {}: {} message(s)", event.id(), event.eventType(), event.source(),
					messages));
	}

	/**
	 * A notice that cannot be written from the event's data (a missing value, an impossible recipient)
	 * is skipped and logged: retrying cannot mend the data, and an event that can never be consumed
	 * would hold back every later event of every ward.
	 */
	private Flux<QueueingMessage.QueuedMessage> queueOrSkip(QueueingMessage.Request request) {
		return this.queueing.queue(request).onErrorResume(error -> error instanceof MissingValuesException
				|| error instanceof IllegalArgumentException, error -> {
					log.error("Event {} ({}): no {} notice for dossier {}: {}", request.eventId(), request.eventType(),
							request.channel(), request.dossierCode(), error.getMessage());
					return Flux.empty();
				});
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
