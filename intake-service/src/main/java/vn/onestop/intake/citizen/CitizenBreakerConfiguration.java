package vn.onestop.intake.citizen;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.onestop.support.resilience.BreakerSettings;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CitizenServiceProperties.class)
class CitizenBreakerConfiguration {

	@Bean
	Customizer<ReactiveResilience4JCircuitBreakerFactory> citizenServiceBreaker(CitizenServiceProperties properties) {
		return factory -> factory.configure(builder -> builder
			.timeLimiterConfig(BreakerSettings.timeLimit(properties.timeout()))
			.circuitBreakerConfig(properties.breaker().circuitBreakerConfig()), CitizenServiceClient.BREAKER);
	}

}
