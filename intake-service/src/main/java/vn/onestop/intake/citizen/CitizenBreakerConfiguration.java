package vn.onestop.intake.citizen;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.onestop.support.resilience.BreakerSettings;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CitizenServiceProperties.class)
class CitizenBreakerConfiguration {

	@Bean
	Customizer<ReactiveResilience4JCircuitBreakerFactory> citizenServiceBreaker(CitizenServiceProperties properties) {
		// the time limit that counts is the client's own, inside the breaker (CitizenServiceClient.findOrCreate);
		// Spring Cloud's, outside it, is switched off in application.yml and only kept equal in case it is not
		return factory -> factory.configure(builder -> builder
			.timeLimiterConfig(BreakerSettings.timeLimit(properties.timeout()))
			.circuitBreakerConfig(breakerConfig(properties)), CitizenServiceClient.BREAKER);
	}

	/** A 4xx is citizen-service working as it should (it judged the request), so it counts neither way. */
	static CircuitBreakerConfig breakerConfig(CitizenServiceProperties properties) {
		CircuitBreakerConfig shared = properties.breaker().circuitBreakerConfig();
		return CircuitBreakerConfig.from(shared)
			.ignoreExceptions(CitizenRequestNotAccepted.class, BulkheadFullException.class)
			.build();
	}

	/**
	 * Without it Spring Cloud CircuitBreaker bounds the breaker with a bulkhead of 25 calls: at 200 filings a second
	 * a slow-down of citizen-service passed it, and the refusals left dossiers with their citizen link pending
	 * (docs/benchmarks.md, finding 1).
	 */
	@Bean
	Customizer<ReactiveResilience4jBulkheadProvider> citizenServiceBulkhead(CitizenServiceProperties properties) {
		return provider -> provider.configure(
				builder -> builder.bulkheadConfig(BreakerSettings.bulkhead(properties.maxConcurrentCalls())),
				CitizenServiceClient.BREAKER);
	}

}
