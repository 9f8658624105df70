package vn.onestop.gateway.ratelimit;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.onestop.gateway.origin.ClientAddresses;

@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "platform.rate-limit.enabled", matchIfMissing = true)
class RateLimitConfiguration {

	@Bean
	RateLimitBudgets rateLimitBudgets(RateLimitProperties properties) {
		return new RateLimitBudgets(properties);
	}

	@Bean
	RateLimitWebFilter rateLimitWebFilter(RateLimitBudgets budgets, ClientAddresses addresses, MeterRegistry meters) {
		return new RateLimitWebFilter(budgets, addresses, meters);
	}

	@Bean
	RejectedRequestsWebFilter rejectedRequestsWebFilter(RateLimitBudgets budgets, ClientAddresses addresses,
			MeterRegistry meters) {
		return new RejectedRequestsWebFilter(budgets, addresses, meters);
	}

}
