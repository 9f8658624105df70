package vn.onestop.intake.queue.live;

import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import reactor.core.scheduler.Schedulers;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QueueLiveProperties.class)
class QueueLiveConfiguration {

	@Bean
	QueueChanges queueChanges(QueueLiveProperties properties, MeterRegistry meters) {
		return new QueueChanges(properties, Schedulers.parallel(), meters);
	}

	@Bean
	WatchingTheQueue watchingTheQueue(QueueChanges changes, QueueLiveProperties properties) {
		return new WatchingTheQueue(changes, properties);
	}

	@Bean
	ListeningForQueueChanges listeningForQueueChanges(ConnectionFactory connectionFactory, QueueChanges changes,
			QueueLiveProperties properties, MeterRegistry meters) {
		return new ListeningForQueueChanges(unpooled(connectionFactory), changes, properties, meters);
	}

	/** The driver's own factory under the pool: its connections are the listener's alone. */
	static PostgresqlConnectionFactory unpooled(ConnectionFactory factory) {
		Object current = factory;
		while (!(current instanceof PostgresqlConnectionFactory) && current instanceof Wrapped<?> wrapped) {
			current = wrapped.unwrap();
		}
		if (current instanceof PostgresqlConnectionFactory postgres) {
			return postgres;
		}
		throw new IllegalStateException("The walk-in queue listens with LISTEN/NOTIFY and needs r2dbc-postgresql, not "
				+ factory.getClass().getName());
	}

}
