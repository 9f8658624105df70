package vn.onestop.support.outbox;

import java.time.Clock;
import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.reactive.function.client.WebClient;

import vn.onestop.support.security.ServiceCredentials;

/** The outbox writer for every service with a database, and its relay where one is enabled. */
@AutoConfiguration(afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
		"org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration",
		"org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration",
		"org.springframework.boot.data.r2dbc.autoconfigure.DataR2dbcAutoConfiguration" })
@ConditionalOnClass(DatabaseClient.class)
@ConditionalOnBean(DatabaseClient.class)
@EnableConfigurationProperties(OutboxRelayProperties.class)
public class OutboxAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Outbox outbox(DatabaseClient database) {
		return new Outbox(database);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ WebClient.class, CircuitBreaker.class, CircuitBreakerOperator.class })
	@ConditionalOnProperty(name = "platform.outbox.relay.enabled", havingValue = "true")
	static class RelayConfiguration {

		@Bean
		OutboxRelay outboxRelay(DatabaseClient database, ReactiveTransactionManager transactions,
				ObjectProvider<WebClient.Builder> webClients, OutboxRelayProperties properties,
				ObjectProvider<JsonMapper> json, Environment environment) {
			WebClient.Builder http = webClients.getIfAvailable(WebClient::builder);
			// The consumers' /internal/events needs a SERVICE token.
			http.filter(new ServiceCredentials(environment.getProperty("platform.security.service-token")).filter());
			// One breaker per consumer: a consumer that is down must not open the way to the others.
			CircuitBreakerConfig breaker = CircuitBreakerConfig.custom()
				.slidingWindowSize(10)
				.minimumNumberOfCalls(5)
				.waitDurationInOpenState(Duration.ofSeconds(10))
				.build();
			return new OutboxRelay(database, TransactionalOperator.create(transactions),
					http.build(), properties, consumer -> CircuitBreaker.of("outbox-relay-" + consumer, breaker),
					new EventEnvelope(json.getIfAvailable(JsonMapper::new), environment.getProperty("spring.application.name", "unknown")),
					Clock.systemUTC());
		}

		@Bean
		@org.springframework.boot.autoconfigure.condition.ConditionalOnBean(io.micrometer.core.instrument.MeterRegistry.class)
		OutboxMetrics outboxMetrics(DatabaseClient database, io.micrometer.core.instrument.MeterRegistry registry,
				OutboxRelayProperties properties) {
			return new OutboxMetrics(database, registry, Duration.ofSeconds(5), properties.consumers());
		}

	}

}
