package vn.onestop.notification.queue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import vn.onestop.notification.channel.Channel;
import vn.onestop.notification.delivery.QueueingMessage;
import vn.onestop.notification.template.MissingValuesException;
import vn.onestop.notification.template.Template;
import vn.onestop.notification.template.TemplateCatalog;
import vn.onestop.notification.template.TemplateKind;
import vn.onestop.support.inbox.EventHandler;
import vn.onestop.support.inbox.IncomingEvent;

/**
 * Turns intake's {@code QueueTurnNear} event into the one "sắp đến lượt" SMS, inside the inbox's transaction, so a
 * redelivered event sends nothing more. A ticket is not a citizen record: no citizen's choice applies, only the consent
 * given with the ticket's phone. No e-mail. An event of a day that is over (Asia/Ho_Chi_Minh) is recorded and sends
 * nothing: the ticket was closed with its day, and the SMS would only puzzle.
 */
@Component
class NotifyingQueueTurn implements EventHandler {

	private static final Logger log = LoggerFactory.getLogger(NotifyingQueueTurn.class);

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final TemplateCatalog templates;

	private final QueueingMessage queueing;

	private final Clock clock;

	NotifyingQueueTurn(TemplateCatalog templates, QueueingMessage queueing, ObjectProvider<Clock> clock) {
		this.templates = templates;
		this.queueing = queueing;
		this.clock = clock.getIfAvailable(() -> Clock.system(VIETNAM));
	}

	@Override
	public boolean handles(String eventType) {
		return TurnNearEvent.TYPE.equals(eventType);
	}

	/**
	 * An event that cannot be told (unreadable, no consented phone, a day over) is recorded and logged, never retried:
	 * retrying cannot mend it, and an event that can never be consumed would hold back every later one.
	 */
	@Override
	public Mono<Void> handle(IncomingEvent event) {
		TurnNearEvent turn;
		try {
			turn = TurnNearEvent.of(event.payload());
		}
		catch (IllegalArgumentException unreadable) {
			log.error("Event {} ({}): no SMS: {}", event.id(), event.eventType(), unreadable.getMessage());
			return Mono.empty();
		}
		if (!turn.consent() || turn.phone().isEmpty()) {
			log.warn("Event {} ({}): no SMS for ticket {} of ward {}: no phone given with consent", event.id(),
					event.eventType(), turn.number(), turn.ward());
			return Mono.empty();
		}
		LocalDate today = LocalDate.now(this.clock.withZone(VIETNAM));
		if (turn.day().isBefore(today)) {
			log.info("Event {} ({}): no SMS for ticket {} of ward {}: its day {} is over", event.id(), event.eventType(),
					turn.number(), turn.ward(), turn.day());
			return Mono.empty();
		}
		return this.templates.forEvent(TurnNearEvent.TYPE, Channel.SMS, null)
			.flatMapMany(Flux::fromIterable)
			.filter(template -> template.kind() == TemplateKind.NOTICE)
			.next()
			.flatMapMany(template -> queue(event, turn, template))
			.count()
			.doOnNext(messages -> log.info("Event {} ({}) for ticket {} of ward {}: {} message(s)", event.id(),
					event.eventType(), turn.number(), turn.ward(), messages))
			.then();
	}

	private Flux<QueueingMessage.QueuedMessage> queue(IncomingEvent event, TurnNearEvent turn, Template template) {
		return Flux.defer(() -> {
			Map<String, String> values = TurnNearText.values(turn, template::fitsItsSegments);
			return this.queueing.queue(new QueueingMessage.Request(event.id(), TurnNearEvent.TYPE, Channel.SMS, null,
					turn.reference(), turn.ward(), turn.phone(), values, event.occurredAt(), false));
		})
			.onErrorResume(error -> error instanceof MissingValuesException || error instanceof IllegalArgumentException,
					error -> {
						log.error("Event {} ({}): no SMS for ticket {} of ward {}: {}", event.id(), event.eventType(),
								turn.number(), turn.ward(), error.getMessage());
						return Flux.empty();
					});
	}

}
