package vn.onestop.gateway.routing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.onestop.support.resilience.BreakerSettings;

/**
 * {@code platform.breaker.*}: one circuit breaker and time limiter per service. {@code timeout} bounds
 * every call through the gateway (504 after it); an open breaker answers 503 at once for {@code openFor}.
 * {@code maxConcurrentCalls} bounds the calls in flight to one service (its bulkhead; 503 beyond it).
 */
@ConfigurationProperties("platform.breaker")
public record BreakerProperties(@DefaultValue("5s") Duration timeout, @DefaultValue("50") float failureRatePercent,
		@DefaultValue("20") int slidingWindowCalls, @DefaultValue("10") int minimumCalls,
		@DefaultValue("10s") Duration openFor, @DefaultValue("3") int halfOpenCalls,
		@DefaultValue("500") int maxConcurrentCalls) implements BreakerSettings {

	public BreakerProperties {
		if (maxConcurrentCalls < 1) {
			throw new IllegalArgumentException("platform.breaker.max-concurrent-calls must be at least 1");
		}
	}
}
