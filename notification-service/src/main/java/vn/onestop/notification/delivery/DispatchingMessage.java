package vn.onestop.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import vn.onestop.notification.channel.ChannelException;
import vn.onestop.notification.channel.Channels;

/**
 * Claims the due messages and hands each to its channel, then stores what came of it: the new state
 * and the attempt. A message that quiet hours or its ward's SMS budget hold goes back to waiting,
 * without an attempt; so does one whose pacing could not be checked.
 */
@Service
class DispatchingMessage {

	private static final Logger log = LoggerFactory.getLogger(DispatchingMessage.class);

	private final MessageRepository messages;

	private final Channels channels;

	private final DeliveryRules rules;

	private final DeliveryProperties properties;

	private final HoldingMessage holding;

	private final DeliveryMetrics metrics;

	private final Clock clock;

	DispatchingMessage(MessageRepository messages, Channels channels, DeliveryRules rules,
			DeliveryProperties properties, HoldingMessage holding, DeliveryMetrics metrics, ObjectProvider<Clock> clock) {
		this.messages = messages;
		this.channels = channels;
		this.rules = rules;
		this.properties = properties;
		this.holding = holding;
		this.metrics = metrics;
		this.clock = clock.getIfAvailable(() -> Clock.system(ZoneId.of("Asia/Ho_Chi_Minh")));
	}

	/**
	 * One round: claims the due messages, hands them to their channels ({@code concurrency} at a time)
	 * and records what came of them in a statement for each part that finished within the record window.
	 * Emits how many messages the round claimed.
	 */
	Mono<Integer> dispatchDue() {
		Instant now = this.clock.instant();
		return this.messages.claimDue(this.properties.batchSize(), now, now.plus(this.properties.lease()))
			.flatMap(claimed -> Flux.fromIterable(claimed)
				.flatMap(this::decide, this.properties.concurrency())
				.bufferTimeout(this.properties.concurrency(), this.properties.recordWindow(), true)
				.concatMap(this::record, 1)
				.then(Mono.just(claimed.size())));
	}

	private Mono<MessageRepository.Decided> decide(Message message) {
		return this.holding.holdUntil(message, this.clock.instant())
			.<SendResult>map(SendResult.Held::new)
			.onErrorResume(error -> {
				log.warn("{} message {}: could not check its pacing ({}); it waits", message.channel(), message.id(),
						error.toString());
				return Mono.just(new SendResult.Deferred());
			})
			.switchIfEmpty(Mono.defer(() -> send(message)))
			.map(result -> {
				DeliveryRules.Decision decision = this.rules.decide(message.attempts(), result, this.clock.instant(),
						this.channels.openWait());
				log(message, result, decision);
				return new MessageRepository.Decided(message, decision);
			});
	}

	private Mono<Void> record(List<MessageRepository.Decided> decided) {
		return this.messages.record(decided).doOnNext(stored -> decided.forEach(one -> {
			if (stored.contains(one.message().id())) {
				this.metrics.recorded(one.message(), one.decision());
			}
			else {
				log.warn("{} message {} was no longer this dispatcher's (its lease ran out): its {} is not recorded",
						one.message().channel(), one.message().id(), one.decision().status());
			}
		})).then();
	}

	/**
	 * The attempt is stored (committed) before the provider is called, so that a dispatcher that dies
	 * during the send leaves a trace of it ({@link MessageRepository#settleAbandoned}); a message whose
	 * lease this dispatcher no longer holds is not sent at all.
	 */
	private Mono<SendResult> send(Message message) {
		String provider = this.channels.provider(message.channel());
		Mono<SendResult> sending = this.channels.send(message.outgoing())
			.<SendResult>map(providerId -> new SendResult.Sent(provider, providerId))
			.onErrorResume(error -> Mono.just(failure(provider, error)));
		return this.messages.startAttempt(message, provider, this.clock.instant()).flatMap(started -> {
			if (!started) {
				log.warn("{} message {} was no longer this dispatcher's (its lease ran out): not sent",
						message.channel(), message.id());
				return Mono.empty();
			}
			return sending;
		});
	}

	static SendResult failure(String provider, Throwable error) {
		if (error instanceof CallNotPermittedException) {
			return new SendResult.Deferred();
		}
		if (error instanceof ChannelException failure && failure.unknown()) {
			return new SendResult.Unknown(provider, failure.errorClass());
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
		else if (result instanceof SendResult.Held held) {
			log.info("{} message {} is held until {}", message.channel(), message.id(), held.until());
		}
		else if (result instanceof SendResult.Unknown unknown) {
			log.warn("{} message {} attempt {}: no answer after the request went out ({}); it waits for its receipt",
					message.channel(), message.id(), decision.attempts(), unknown.errorClass());
		}
		else if (result instanceof SendResult.Deferred) {
			log.debug("{} message {} waits for its channel's breaker to close", message.channel(), message.id());
		}
		else {
			log.info("{} message {} sent on attempt {}", message.channel(), message.id(), decision.attempts());
		}
	}

}
