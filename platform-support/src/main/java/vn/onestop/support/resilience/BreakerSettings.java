package vn.onestop.support.resilience;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

/**
 * How a circuit breaker in front of another service behaves. Configuration records implement it, so
 * every breaker of the platform is built the same way from its own properties.
 */
public interface BreakerSettings {

	int slidingWindowCalls();

	int minimumCalls();

	float failureRatePercent();

	Duration openFor();

	int halfOpenCalls();

	default CircuitBreakerConfig circuitBreakerConfig() {
		return CircuitBreakerConfig.custom()
			.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
			.slidingWindowSize(slidingWindowCalls())
			.minimumNumberOfCalls(minimumCalls())
			.failureRateThreshold(failureRatePercent())
			.waitDurationInOpenState(openFor())
			.permittedNumberOfCallsInHalfOpenState(halfOpenCalls())
			.automaticTransitionFromOpenToHalfOpenEnabled(true)
			.build();
	}

	/** A time limit that also cancels the call it gives up on. */
	static TimeLimiterConfig timeLimit(Duration timeout) {
		return TimeLimiterConfig.custom().timeoutDuration(timeout).cancelRunningFuture(true).build();
	}

}
