package vn.onestop.gateway.routing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.onestop.support.resilience.BreakerSettings;

/**
 * {@code platform.breaker.*}: one circuit breaker and time limiter per service. {@code timeout} bounds
 * every call through the gateway (504 after it); the breaker judges the calls of the last {@code window} and
 * opens when {@code failureRatePercent} of at least {@code minimumCalls} failed; an open breaker answers 503 at
 * once for {@code openFor}. Slow answers alone do not open it by default ({@code slowCallRatePercent} 100): the
 * routes of one service differ too much in cost for one threshold, and a slow answer is still an answer.
 * {@code maxConcurrentCalls} bounds the calls in flight to one service (its bulkhead; 503 beyond it).
 */
@ConfigurationProperties("platform.breaker")
public record BreakerProperties(@DefaultValue("5s") Duration timeout, @DefaultValue("10s") Duration window,
		@DefaultValue("50") int minimumCalls, @DefaultValue("50") float failureRatePercent,
		@DefaultValue("5s") Duration slowCallAfter, @DefaultValue("100") float slowCallRatePercent,
		@DefaultValue("5s") Duration openFor, @DefaultValue("10") int halfOpenCalls,
		@DefaultValue("500") int maxConcurrentCalls) implements BreakerSettings {

	public BreakerProperties {
		if (maxConcurrentCalls < 1) {
			throw new IllegalArgumentException("platform.breaker.max-concurrent-calls must be at least 1");
		}
	}
}
