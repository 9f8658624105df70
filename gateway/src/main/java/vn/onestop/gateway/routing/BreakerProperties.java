package vn.onestop.gateway.routing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.onestop.support.resilience.BreakerSettings;

/**
 * {@code platform.breaker.*}: one circuit breaker and time limiter per service. {@code timeout} bounds
 * every call through the gateway (504 after it); an open breaker answers 503 at once for {@code openFor}.
 */
@ConfigurationProperties("platform.breaker")
public record BreakerProperties(@DefaultValue("5s") Duration timeout, @DefaultValue("50") float failureRatePercent,
		@DefaultValue("20") int slidingWindowCalls, @DefaultValue("10") int minimumCalls,
		@DefaultValue("10s") Duration openFor, @DefaultValue("3") int halfOpenCalls) implements BreakerSettings {
}
