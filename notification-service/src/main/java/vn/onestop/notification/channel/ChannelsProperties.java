package vn.onestop.notification.channel;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** One circuit breaker per channel and provider, all configured alike. */
@ConfigurationProperties("notification.channels")
record ChannelsProperties(@DefaultValue("15s") Duration sendTimeout, @DefaultValue Breaker breaker) {

	record Breaker(@DefaultValue("50") float failureRateThreshold, @DefaultValue("10") int slidingWindowSize,
			@DefaultValue("5") int minimumNumberOfCalls, @DefaultValue("30s") Duration waitInOpenState,
			@DefaultValue("1") int permittedCallsInHalfOpenState) {
	}

}
