package vn.onestop.gateway.routing;

import io.github.resilience4j.bulkhead.ThreadPoolBulkheadConfig;

import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4jBulkheadConfigurationBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.onestop.support.resilience.BreakerSettings;

/** Every service's breaker, time limiter and bulkhead from {@link BreakerProperties}. */
@Configuration(proxyBeanMethods = false)
class BreakerConfiguration {

	@Bean
	Customizer<ReactiveResilience4JCircuitBreakerFactory> serviceBreakers(BreakerProperties breaker) {
		return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
			.timeLimiterConfig(BreakerSettings.timeLimit(breaker.timeout()))
			.circuitBreakerConfig(breaker.circuitBreakerConfig())
			.build());
	}

	/**
	 * Spring Cloud CircuitBreaker wraps every breaker in a Resilience4j bulkhead of 25 concurrent calls unless told
	 * otherwise; under load the 26th call in flight got a 503 and counted as a failure, which opened the breaker
	 * (docs/benchmarks.md). The bound is ours now, and a call over it is refused at once rather than queued.
	 */
	@Bean
	Customizer<ReactiveResilience4jBulkheadProvider> serviceBulkheads(BreakerProperties breaker) {
		return provider -> provider.configureDefault(id -> new Resilience4jBulkheadConfigurationBuilder()
			.bulkheadConfig(BreakerSettings.bulkhead(breaker.maxConcurrentCalls()))
			.threadPoolBulkheadConfig(ThreadPoolBulkheadConfig.ofDefaults())
			.build());
	}

}
