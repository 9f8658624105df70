package vn.onestop.notification.delivery;

import java.time.Duration;
import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

import vn.onestop.notification.channel.Channel;
import vn.onestop.notification.channel.SmsStatus;

/**
 * The delivery metrics of deploy/prometheus/METRICS.md: messages whose delivery ended, by ward,
 * channel and status; the time from the event to the message being sent; retries by channel.
 * Tags never carry a recipient, a dossier code or a message id.
 */
@Component
class DeliveryMetrics {

	private final MeterRegistry registry;

	DeliveryMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	/** After the decision was stored. */
	void recorded(Message message, DeliveryRules.Decision decision) {
		switch (decision.status()) {
			case SENT -> {
				ended(message, "sent");
				if (message.eventOccurredAt() != null) {
					eventToSend(message.channel(), Duration.between(message.eventOccurredAt(), decision.nextAttemptAt()));
				}
			}
			case PERMANENT_FAILURE, TECHNICAL_FAILURE -> ended(message, "failed");
			case TEMPORARY_FAILURE -> {
				if (decision.attempt() != null) {
					Counter.builder("onestop.notifications.retries")
						.description("sends that failed for the time being and will be tried again")
						.tag("channel", channel(message.channel()))
						.register(this.registry)
						.increment();
				}
			}
			case UNKNOWN -> Counter.builder("onestop.notifications.unknown")
				.description("sends with no answer after the request went out: never resent blindly, settled by their receipts or the status query")
				.tag("channel", channel(message.channel()))
				.register(this.registry)
				.increment();
			default -> {
			}
		}
	}

	/**
	 * An UNKNOWN SMS asked about at the provider, by what came of it: delivered, sent, failed, resent (the
	 * provider never received it), unanswered, or settled_meanwhile (a receipt came first).
	 */
	void unknownSmsAsked(SmsStatus answer, boolean applied) {
		String outcome = !applied ? "settled_meanwhile" : switch (answer) {
			case DELIVERED -> "delivered";
			case SENT -> "sent";
			case FAILED -> "failed";
			case NOT_FOUND -> "resent";
			case UNANSWERED -> "unanswered";
		};
		Counter.builder("onestop.notifications.unknown.queries")
			.description("UNKNOWN SMS asked about at the provider's status query, by what came of the question")
			.tag("channel", "sms")
			.tag("outcome", outcome)
			.register(this.registry)
			.increment();
	}

	private void ended(Message message, String status) {
		Counter.builder("onestop.notifications.messages")
			.description("messages whose delivery ended: sent (accepted by the provider) or failed (given up)")
			.tag("ward", message.wardCode())
			.tag("channel", channel(message.channel()))
			.tag("status", status)
			.register(this.registry)
			.increment();
	}

	private void eventToSend(Channel channel, Duration latency) {
		Timer.builder("onestop.notifications.event.to.send")
			.description("time from the event's occurrence to the message being sent")
			.tag("channel", channel(channel))
			.publishPercentileHistogram()
			.minimumExpectedValue(Duration.ofMillis(100))
			.maximumExpectedValue(Duration.ofDays(1))
			.register(this.registry)
			.record(latency.isNegative() ? Duration.ZERO : latency);
	}

	private static String channel(Channel channel) {
		return channel.name().toLowerCase(Locale.ROOT);
	}

}
