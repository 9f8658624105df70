package vn.onestop.notification.channel;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;

import reactor.core.publisher.Mono;

/**
 * Sends a message on its channel, through that channel's provider and circuit breaker. While a
 * breaker is open, sends fail at once with {@code CallNotPermittedException} and nothing reaches the
 * provider; permanent refusals do not count against the breaker.
 */
public final class Channels {

	private final Map<Channel, Route> routes = new EnumMap<>(Channel.class);

	private final Duration sendTimeout;

	private final CircuitBreakerRegistry breakers;

	private final Duration openWait;

	private final SmsProvider sms;

	Channels(SmsProvider sms, String brandname, SmtpEmailSender email, ChannelsProperties properties) {
		this.sms = sms;
		this.sendTimeout = properties.sendTimeout();
		this.openWait = properties.breaker().waitInOpenState();
		this.breakers = CircuitBreakerRegistry.of(breakerConfig(properties.breaker()));
		this.routes.put(Channel.SMS, new Route(sms.name(), message -> sms.send(message, brandname)));
		this.routes.put(Channel.EMAIL, new Route(email.name(), email::send));
		this.routes.keySet().forEach(this::breaker);
	}

	/** Emits the provider's message id; fails with {@link ChannelException} or an open breaker's refusal. */
	public Mono<String> send(OutgoingMessage message) {
		Route route = this.routes.get(message.channel());
		CircuitBreaker breaker = breaker(message.channel());
		return Mono.defer(() -> {
			RequestWritten written = new RequestWritten();
			return Mono.defer(() -> route.sender().apply(message))
				.timeout(this.sendTimeout, Mono.error(() -> written.written() ? ChannelException.unknown("Timeout")
						: ChannelException.temporary("Timeout")))
				.contextWrite(written::into);
		}).transformDeferred(CircuitBreakerOperator.of(breaker));
	}

	/** Whether the SMS provider can be asked what became of a message whose outcome is unknown. */
	public boolean answersSmsStatus() {
		return this.sms.answersStatus();
	}

	/**
	 * What the SMS provider knows of the message sent with this reference. Not through the breaker: a
	 * question that goes unanswered is asked again later and sends nothing.
	 */
	public Mono<SmsStatus> smsStatus(UUID reference) {
		return this.sms.status(reference);
	}

	public String provider(Channel channel) {
		return this.routes.get(channel).provider();
	}

	public CircuitBreaker breaker(Channel channel) {
		return this.breakers.circuitBreaker(channel.name().toLowerCase(java.util.Locale.ROOT) + "-" + provider(channel));
	}

	/** The breakers, one per channel, all created up front so that their metrics exist from the start. */
	CircuitBreakerRegistry breakers() {
		return this.breakers;
	}

	/** How long an open breaker refuses calls: a message refused by it waits that long. */
	public Duration openWait() {
		return this.openWait;
	}

	private static CircuitBreakerConfig breakerConfig(ChannelsProperties.Breaker breaker) {
		return CircuitBreakerConfig.custom()
			.failureRateThreshold(breaker.failureRateThreshold())
			.slidingWindowSize(breaker.slidingWindowSize())
			.minimumNumberOfCalls(breaker.minimumNumberOfCalls())
			.waitDurationInOpenState(breaker.waitInOpenState())
			.permittedNumberOfCallsInHalfOpenState(breaker.permittedCallsInHalfOpenState())
			.automaticTransitionFromOpenToHalfOpenEnabled(true)
			.ignoreException(error -> error instanceof ChannelException failure && failure.permanent())
			.build();
	}

	private record Route(String provider, Function<OutgoingMessage, Mono<String>> sender) {
	}

}
