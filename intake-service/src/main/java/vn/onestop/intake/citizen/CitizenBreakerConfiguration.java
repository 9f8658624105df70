package vn.onestop.intake.citizen;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CitizenServiceProperties.class)
class CitizenBreakerConfiguration {

	@Bean
	Customizer<ReactiveResilience4JCircuitBreakerFactory> citizenServiceBreaker(CitizenServiceProperties properties) {
		CitizenServiceProperties.Breaker breaker = properties.breaker();
		return factory -> factory.configure(builder -> builder
			.timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(properties.timeout()).cancelRunningFuture(true).build())
			.circuitBreakerConfig(CircuitBreakerConfig.custom()
				.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
				.slidingWindowSize(breaker.slidingWindowCalls())
				.minimumNumberOfCalls(breaker.minimumCalls())
				.failureRateThreshold(breaker.failureRatePercent())
				.waitDurationInOpenState(breaker.openFor())
				.permittedNumberOfCallsInHalfOpenState(breaker.halfOpenCalls())
				.automaticTransitionFromOpenToHalfOpenEnabled(true)
				.build()), CitizenServiceClient.BREAKER);
	}

}
