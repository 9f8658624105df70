package vn.onestop.notification.delivery;

import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import vn.onestop.notification.channel.Channels;
import vn.onestop.notification.channel.SmsStatus;

/**
 * Settles the SMS whose outcome is unknown by asking the provider (its status query), for those no
 * receipt settled within the wait. What the provider has is settled as it says; what it never received
 * is sent again, which is not a blind resend; a question left unanswered is asked again later. Without
 * a status query, UNKNOWN SMS wait for their receipts as before.
 */
@Service
class SettlingUnknownSms {

	private static final Logger log = LoggerFactory.getLogger(SettlingUnknownSms.class);

	private static final int QUESTIONS_AT_ONCE = 8;

	private final UnknownSmsRepository unknown;

	private final Channels channels;

	private final DeliveryProperties.UnknownSms properties;

	private final DispatchSignal signal;

	private final DeliveryMetrics metrics;

	private final Clock clock;

	SettlingUnknownSms(UnknownSmsRepository unknown, Channels channels, DeliveryProperties properties,
			DispatchSignal signal, DeliveryMetrics metrics, ObjectProvider<Clock> clock) {
		this.unknown = unknown;
		this.channels = channels;
		this.properties = properties.unknownSms();
		this.signal = signal;
		this.metrics = metrics;
		this.clock = clock.getIfAvailable(() -> Clock.system(ZoneId.of("Asia/Ho_Chi_Minh")));
	}

	boolean canAsk() {
		return this.channels.answersSmsStatus();
	}

	/** One round: claims the due UNKNOWN SMS, asks about each, settles those answered. Emits how many it asked about. */
	Mono<Integer> settleDue() {
		if (!canAsk()) {
			return Mono.just(0);
		}
		return this.unknown
			.claimDue(this.properties.batchSize(), this.clock.instant(), this.properties.firstQueryAfter(), this.properties.maxBackoff())
			.flatMap(claimed -> Flux.fromIterable(claimed)
				.flatMap(id -> this.channels.smsStatus(id).flatMap(status -> settle(id, status)).then(), QUESTIONS_AT_ONCE)
				.then(Mono.just(claimed.size())));
	}

	private Mono<Void> settle(UUID id, SmsStatus answer) {
		MessageStatus to = switch (answer) {
			case DELIVERED -> MessageStatus.DELIVERED;
			case SENT -> MessageStatus.SENT;
			case FAILED -> MessageStatus.PERMANENT_FAILURE;
			case NOT_FOUND -> MessageStatus.TEMPORARY_FAILURE;
			case UNANSWERED -> null;
		};
		if (to == null) {
			log.info("SMS message {}: the provider's status query gave no answer; it stays UNKNOWN and is asked again later", id);
			this.metrics.unknownSmsAsked(answer, true);
			return Mono.empty();
		}
		return this.unknown.settle(id, to, this.clock.instant()).doOnNext(changed -> {
			this.metrics.unknownSmsAsked(answer, changed);
			if (!changed) {
				log.info("SMS message {} was settled meanwhile (by its receipt): the status query's {} is not applied", id,
						answer);
			}
			else if (answer == SmsStatus.NOT_FOUND) {
				log.warn("SMS message {}: the provider never received it; it is sent again", id);
				this.signal.wake();
			}
			else {
				log.info("SMS message {}: the provider's status query settled it as {}", id, to);
			}
		}).then();
	}

}
