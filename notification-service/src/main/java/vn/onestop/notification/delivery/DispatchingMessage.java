package vn.onestop.notification.delivery;

import java.time.Instant;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

import vn.onestop.notification.channel.ChannelException;
import vn.onestop.notification.channel.Channels;

/**
 * Claims the due messages and hands each to its channel, then stores what came of it: the new state
 * and the attempt, in one transaction.
 */
@Service
class DispatchingMessage {

	private static final Logger log = LoggerFactory.getLogger(DispatchingMessage.class);

	private final MessageRepository messages;

	private final Channels channels;

	private final DeliveryRules rules;

	private final DeliveryProperties properties;

	DispatchingMessage(MessageRepository messages, Channels channels, DeliveryRules rules,
			DeliveryProperties properties) {
		this.messages = messages;
		this.channels = channels;
		this.rules = rules;
		this.properties = properties;
	}

	/** Emits how many messages this round claimed. */
	Mono<Long> dispatchDue() {
		Instant now = Instant.now();
		return this.messages.claimDue(this.properties.batchSize(), now, now.plus(this.properties.lease()))
			.flatMap(this::dispatch, this.properties.concurrency())
			.count();
	}

	private Mono<Boolean> dispatch(Message message) {
		return this.channels.send(message.outgoing())
			.<SendResult>map(providerId -> new SendResult.Sent(this.channels.provider(message.channel()), providerId))
			.onErrorResume(error -> Mono.just(failure(error)))
			.flatMap(result -> {
				DeliveryRules.Decision decision = this.rules.decide(message.attempts(), result, Instant.now(),
						this.channels.openWait());
				log(message, result, decision);
				return this.messages.record(message, decision);
			});
	}

	static SendResult failure(Throwable error) {
		if (error instanceof CallNotPermittedException) {
			return new SendResult.Deferred();
		}
		if (error instanceof ChannelException failure) {
			return new SendResult.Failed(failure.permanent(), failure.errorClass());
		}
		return new SendResult.Failed(false, error.getClass().getSimpleName());
	}

	private static void log(Message message, SendResult result, DeliveryRules.Decision decision) {
		if (result instanceof SendResult.Failed failed) {
			log.warn("{} message {} attempt {} failed ({}): now {}", message.channel(), message.id(),
					decision.attempts(), failed.errorClass(), decision.status());
		}
		else if (result instanceof SendResult.Deferred) {
			log.debug("{} message {} waits for its channel's breaker to close", message.channel(), message.id());
		}
		else {
			log.info("{} message {} sent on attempt {}", message.channel(), message.id(), decision.attempts());
		}
	}

}
