package vn.onestop.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import vn.onestop.notification.channel.Channel;
import vn.onestop.notification.pacing.Pacing;
import vn.onestop.notification.pacing.Urgency;
import vn.onestop.notification.template.RenderedTemplate;
import vn.onestop.notification.template.Template;
import vn.onestop.notification.template.TemplateCatalog;
import vn.onestop.notification.template.TemplateKind;

/**
 * Turns an event for one recipient on one channel into messages waiting in CREATED: the notice and,
 * where a template exists, a courtesy message. With an event id, queueing the same event again
 * yields nothing new. A non-urgent message queued in the quiet hours waits until they end. The
 * dispatcher is woken once the messages are committed.
 */
@Service
public class QueueingMessage {

	private static final Logger log = LoggerFactory.getLogger(QueueingMessage.class);

	private final TemplateCatalog templates;

	private final MessageRepository messages;

	private final Pacing pacing;

	private final DispatchSignal dispatcher;

	private final Clock clock;

	QueueingMessage(TemplateCatalog templates, MessageRepository messages, Pacing pacing, DispatchSignal dispatcher,
			ObjectProvider<Clock> clock) {
		this.templates = templates;
		this.messages = messages;
		this.pacing = pacing;
		this.dispatcher = dispatcher;
		this.clock = clock.getIfAvailable(() -> Clock.system(ZoneId.of("Asia/Ho_Chi_Minh")));
	}

	/**
	 * @return the messages created; fails with IllegalArgumentException for a bad recipient and
	 * MissingValuesException when a placeholder has no value
	 */
	public Flux<QueuedMessage> queue(Request request) {
		return Mono.fromCallable(() -> Recipients.normalise(request.channel(), request.recipient()))
			.flatMapMany(recipient -> this.templates
				.forEvent(request.eventType(), request.channel(), request.procedureGroup())
				.flatMapMany(Flux::fromIterable)
				.filter(template -> request.courtesy() || template.kind() != TemplateKind.COURTESY)
				.map(template -> message(request, recipient, template))
				.concatMap(this.messages::insert))
			.doOnNext(message -> log.info("Queued {} message {} for dossier {} from template {} v{}", message.channel(),
					message.id(), message.dossierCode(), message.templateId(), message.templateVersion()))
			.map(message -> new QueuedMessage(message.id(), message.templateId(), message.templateVersion()))
			.concatWith(this.dispatcher.afterCommit().then(Mono.empty()));
	}

	/** A non-urgent message queued in the quiet hours is due when they end. */
	private Message message(Request request, String recipient, Template template) {
		RenderedTemplate rendered = template.render(request.values());
		Instant now = this.clock.instant();
		Urgency urgency = this.pacing.urgencyOf(template.kind(), request.eventType());
		return new Message(UUID.randomUUID(), request.eventId(), request.eventType(), request.dossierCode(),
				request.wardCode(), request.channel(), recipient, rendered.templateId(), rendered.templateVersion(),
				rendered.subject(), rendered.textToSend(), MessageStatus.CREATED, 0,
				this.pacing.earliestSend(urgency, now), null, null, now, null, urgency.isUrgent(), request.occurredAt());
	}

	/**
	 * The event id is optional; with it, the event yields each of its messages once. {@code occurredAt}
	 * (when the event happened, for the event-to-send latency) is optional too. Without {@code courtesy}
	 * (the citizen has not consented to them) only the notices are queued.
	 */
	public record Request(UUID eventId, String eventType, Channel channel, String procedureGroup, String dossierCode,
			String wardCode, String recipient, Map<String, String> values, Instant occurredAt, boolean courtesy) {

		public Request(UUID eventId, String eventType, Channel channel, String procedureGroup, String dossierCode,
				String wardCode, String recipient, Map<String, String> values) {
			this(eventId, eventType, channel, procedureGroup, dossierCode, wardCode, recipient, values, null);
		}

		public Request(UUID eventId, String eventType, Channel channel, String procedureGroup, String dossierCode,
				String wardCode, String recipient, Map<String, String> values, Instant occurredAt) {
			this(eventId, eventType, channel, procedureGroup, dossierCode, wardCode, recipient, values, occurredAt, true);
		}

		public Request {
			Objects.requireNonNull(eventType, "eventType");
			Objects.requireNonNull(channel, "channel");
			Objects.requireNonNull(dossierCode, "dossierCode");
			Objects.requireNonNull(wardCode, "wardCode");
			values = Map.copyOf(values);
		}

		@Override
		public String toString() {
			return "Request[" + this.eventType + ", " + this.channel + ", " + this.dossierCode + "]";
		}

	}

	public record QueuedMessage(UUID id, String templateId, int templateVersion) {
	}

}
