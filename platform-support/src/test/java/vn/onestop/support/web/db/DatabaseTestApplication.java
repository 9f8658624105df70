package vn.onestop.support.web.db;

import java.util.Map;

import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.spi.ConnectionFactory;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/**
 * A reactive application with platform-support and a PostgreSQL database (given as {@code test.db.*}), for the
 * integration test of what its clients see when the database goes away.
 */
@SpringBootApplication
public class DatabaseTestApplication {

	@Bean
	ConnectionFactory connectionFactory(Environment environment) {
		return new PostgresqlConnectionFactory(PostgresqlConnectionConfiguration.builder()
			.host("localhost")
			.port(environment.getRequiredProperty("test.db.port", Integer.class))
			.database("notes")
			.username("notes")
			.password(environment.getRequiredProperty("test.db.password"))
			.build());
	}

	@Bean
	DatabaseClient databaseClient(ConnectionFactory connections) {
		return DatabaseClient.create(connections);
	}

	@Bean
	TransactionalOperator transactionalOperator(ConnectionFactory connections) {
		return TransactionalOperator.create(new R2dbcTransactionManager(connections));
	}

	@RestController
	static class NotesController {

		private final DatabaseClient database;

		private final TransactionalOperator transaction;

		NotesController(DatabaseClient database, TransactionalOperator transaction) {
			this.database = database;
			this.transaction = transaction;
		}

		@GetMapping("/notes/count")
		Mono<Map<String, Long>> count() {
			return this.database.sql("select count(*) from pg_class")
				.map(row -> row.get(0, Long.class))
				.one()
				.map(count -> Map.of("count", count));
		}

		/** Opens a transaction first, as a use case that writes does. */
		@PostMapping("/notes")
		Mono<Map<String, Long>> write() {
			return count().as(this.transaction::transactional);
		}

	}

}
