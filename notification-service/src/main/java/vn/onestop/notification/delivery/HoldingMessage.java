package vn.onestop.notification.delivery;

import java.time.Instant;

import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

import vn.onestop.notification.channel.Channel;
import vn.onestop.notification.pacing.Pacing;
import vn.onestop.notification.pacing.SmsBudgetUsage;
import vn.onestop.notification.pacing.Urgency;

/**
 * Decides, for a claimed message, whether it must wait: a non-urgent message until the quiet hours
 * end, a non-urgent SMS that does not fit in what is left of its ward's budget today until 07:00
 * the next day. Urgent messages never wait here.
 * <p>
 * The budget check reads the segments already recorded as sent; SMS in flight or sent but not yet
 * recorded (the record window) on this or another dispatcher are not yet counted. A ward can therefore
 * pass its budget by at most the non-urgent SMS of one round per dispatcher: dispatchers ×
 * {@code notification.delivery.batch-size} messages (by default 200 per dispatcher, each at most its
 * template's maximum segments), in practice about twice {@code concurrency}.
 */
@Service
class HoldingMessage {

	private final Pacing pacing;

	private final SmsBudgetUsage smsUsage;

	HoldingMessage(Pacing pacing, SmsBudgetUsage smsUsage) {
		this.pacing = pacing;
		this.smsUsage = smsUsage;
	}

	/** Emits when the message may go; empty when it may go now. */
	Mono<Instant> holdUntil(Message message, Instant now) {
		Urgency urgency = Urgency.of(message.urgent());
		Instant earliest = this.pacing.earliestSend(urgency, now);
		if (earliest.isAfter(now)) {
			return Mono.just(earliest);
		}
		if (urgency.isUrgent() || message.channel() != Channel.SMS) {
			return Mono.empty();
		}
		return this.smsUsage.usedOn(message.wardCode(), this.pacing.dayOf(now))
			.flatMap(used -> Mono.justOrEmpty(
					this.pacing.budgetHold(urgency, message.wardCode(), used, message.smsSegments(), now)));
	}

}
