package vn.onestop.gateway.routing;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every service's breaker and time limiter from {@link BreakerProperties}. */
@Configuration(proxyBeanMethods = false)
class BreakerConfiguration {

	@Bean
	Customizer<ReactiveResilience4JCircuitBreakerFactory> serviceBreakers(BreakerProperties breaker) {
		return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
			.timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(breaker.timeout()).cancelRunningFuture(true).build())
			.circuitBreakerConfig(CircuitBreakerConfig.custom()
				.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
				.slidingWindowSize(breaker.slidingWindowCalls())
				.minimumNumberOfCalls(breaker.minimumCalls())
				.failureRateThreshold(breaker.failureRatePercent())
				.waitDurationInOpenState(breaker.openFor())
				.permittedNumberOfCallsInHalfOpenState(breaker.halfOpenCalls())
				.automaticTransitionFromOpenToHalfOpenEnabled(true)
				.build())
			.build());
	}

}
