package vn.onestop.gateway.routing;

import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.onestop.support.resilience.BreakerSettings;

/** Every service's breaker and time limiter from {@link BreakerProperties}. */
@Configuration(proxyBeanMethods = false)
class BreakerConfiguration {

	@Bean
	Customizer<ReactiveResilience4JCircuitBreakerFactory> serviceBreakers(BreakerProperties breaker) {
		return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
			.timeLimiterConfig(BreakerSettings.timeLimit(breaker.timeout()))
			.circuitBreakerConfig(breaker.circuitBreakerConfig())
			.build());
	}

}
