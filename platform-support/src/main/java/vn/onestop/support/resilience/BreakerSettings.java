package vn.onestop.support.resilience;

import java.time.Clock;
import java.time.Duration;

import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

/**
 * How a circuit breaker in front of another service behaves. Configuration records implement it, so
 * every breaker of the platform is built the same way from its own properties.
 * <p>
 * The breaker judges the calls that ended in the last {@link #window()}, not the last N calls: at 2,000 calls a
 * second a window of 20 calls is 10 ms long, and one slow moment (a GC pause, a starved process) opened it for
 * everyone (docs/benchmarks.md, finding 4). It opens when at least {@link #minimumCalls()} calls ended in the
 * window and either {@link #failureRatePercent()} of them failed (time-outs included) or
 * {@link #slowCallRatePercent()} of them took longer than {@link #slowCallAfter()}. A call refused by the
 * caller's own bulkhead says nothing about the service and counts neither way.
 */
public interface BreakerSettings {

	/** How far back the breaker looks, in whole seconds. */
	Duration window();

	int minimumCalls();

	float failureRatePercent();

	Duration slowCallAfter();

	/** 100 means only a window of nothing but slow calls opens the breaker. */
	float slowCallRatePercent();

	Duration openFor();

	int halfOpenCalls();

	default CircuitBreakerConfig circuitBreakerConfig() {
		return circuitBreakerConfig(Clock.systemUTC());
	}

	/** The same breaker on another clock (the window's seconds and the open state's wait run on it). */
	default CircuitBreakerConfig circuitBreakerConfig(Clock clock) {
		if (window().toMillis() < 1000 || window().toMillisPart() != 0) {
			throw new IllegalArgumentException("a breaker's window must be whole seconds, at least 1s: " + window());
		}
		return CircuitBreakerConfig.custom()
			.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.TIME_BASED)
			.slidingWindowSize(Math.toIntExact(window().toSeconds()))
			.minimumNumberOfCalls(minimumCalls())
			.failureRateThreshold(failureRatePercent())
			.slowCallDurationThreshold(slowCallAfter())
			.slowCallRateThreshold(slowCallRatePercent())
			.waitDurationInOpenState(openFor())
			.permittedNumberOfCallsInHalfOpenState(halfOpenCalls())
			.automaticTransitionFromOpenToHalfOpenEnabled(true)
			.ignoreExceptions(BulkheadFullException.class)
			.clock(clock)
			.build();
	}

	/** A time limit that also cancels the call it gives up on. */
	static TimeLimiterConfig timeLimit(Duration timeout) {
		return TimeLimiterConfig.custom().timeoutDuration(timeout).cancelRunningFuture(true).build();
	}

	/**
	 * At most {@code maxConcurrentCalls} calls in flight, the next one refused at once rather than queued. Spring
	 * Cloud CircuitBreaker wraps every breaker in a bulkhead of 25 unless given this (docs/benchmarks.md, finding 1).
	 */
	static BulkheadConfig bulkhead(int maxConcurrentCalls) {
		if (maxConcurrentCalls < 1) {
			throw new IllegalArgumentException("max concurrent calls must be at least 1: " + maxConcurrentCalls);
		}
		return BulkheadConfig.custom().maxConcurrentCalls(maxConcurrentCalls).maxWaitDuration(Duration.ZERO).build();
	}

}
