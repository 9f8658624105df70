package vn.onestop.notification.event;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.onestop.notification.citizen.CitizenChoices;
import vn.onestop.notification.delivery.QueueingMessage;
import vn.onestop.notification.template.MissingValuesException;
import vn.onestop.support.inbox.EventHandler;
import vn.onestop.support.inbox.IncomingEvent;

/**
 * Turns a dossier event into the messages that tell its submitter, inside the inbox's transaction
 * (platform-support {@code ReceivingEvents}): the event is recorded as received together with its
 * messages, so it yields them exactly once.
 */
@Component
class NotifyingSubmitters implements EventHandler {

	private static final Logger log = LoggerFactory.getLogger(NotifyingSubmitters.class);

	private final EventNotices notices;

	private final QueueingMessage queueing;

	private final CitizenChoices choices;

	NotifyingSubmitters(EventNotices notices, QueueingMessage queueing, CitizenChoices choices) {
		this.notices = notices;
		this.choices = choices;
		this.queueing = queueing;
	}

	@Override
	public boolean handles(String eventType) {
		return EventNotices.DOSSIER_EVENTS.contains(eventType);
	}

	/**
	 * The submitter's own record, when this service has heard of it, decides over the dossier's snapshot;
	 * a dossier event that arrives before the citizen's first event is told as the snapshot says.
	 */
	@Override
	public Mono<Void> handle(IncomingEvent event) {
		return Mono.justOrEmpty(EventNotices.citizenIdOf(event))
			.flatMap(this.choices::find)
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.flatMapMany(record -> Flux.fromIterable(this.notices.requestsFor(event, record.orElse(null))))
			.concatMap(this::queueOrSkip)
			.count()
			.doOnNext(messages -> log.info("Event {} {} from {}: {} message(s)", event.id(), event.eventType(),
					event.source(), messages))
			.then();
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

}
