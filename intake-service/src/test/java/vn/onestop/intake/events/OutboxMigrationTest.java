package vn.onestop.intake.events;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.WebClient;

import vn.onestop.support.db.DatabaseCredentials;
import vn.onestop.support.db.EmbeddedPostgresServer;
import vn.onestop.support.outbox.EventEnvelope;
import vn.onestop.support.outbox.OutboxRelay;
import vn.onestop.support.outbox.OutboxRelayProperties;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * V13 (delivery per consumer) on an outbox the previous version left: what was published stays published for
 * every consumer, what was not goes to the consumers subscribed to its type, in order, and nothing else.
 */
class OutboxMigrationTest {

	@TempDir
	Path data;

	@Test
	void publishedEventsStayPublishedAndUnpublishedOnesGoToTheirSubscribers() {
		WireMockServer notifications = new WireMockServer(options().dynamicPort());
		notifications.start();
		try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(this.data, 0)) {
			DatabaseCredentials credentials = postgres.provision("intake", "intake");
			String jdbc = "jdbc:postgresql://localhost:" + postgres.port() + "/intake";
			Flyway.configure().dataSource(jdbc, "intake", credentials.password()).target("8").load().migrate();
			PostgresqlConnectionFactory connections = new PostgresqlConnectionFactory(PostgresqlConnectionConfiguration.builder()
				.host("localhost").port(postgres.port()).database("intake").username("intake").password(credentials.password()).build());
			DatabaseClient db = DatabaseClient.create(connections);
			UUID published = insert(db, "A", "DossierReceived", "2026-12-01T01:00:00Z", true);
			UUID first = insert(db, "A", "DossierAccepted", "2026-12-01T01:00:01Z", false);
			UUID second = insert(db, "A", "ResultReady", "2026-12-01T01:00:02Z", false);
			UUID nobodysType = insert(db, "B", "SomethingElse", "2026-12-01T01:00:03Z", false);

			Flyway.configure().dataSource(jdbc, "intake", credentials.password()).load().migrate();
			notifications.stubFor(post(urlEqualTo("/internal/events")).willReturn(aResponse().withStatus(202)));
			OutboxRelay relay = relay(db, connections, notifications);

			assertThat(relay.relayBatch().block()).isEqualTo(2);

			assertThat(notifications.findAll(postRequestedFor(urlEqualTo("/internal/events"))))
				.extracting(request -> new JsonMapper().readTree(request.getBodyAsString()).get("id").asString())
				.containsExactly(first.toString(), second.toString());
			assertThat(db.sql("select event_id from outbox_delivery where published_at is not null").map(row -> row.get(0, UUID.class))
				.all().collectList().block()).containsExactlyInAnyOrder(first, second);
			assertThat(db.sql("select count(*) from outbox_delivery where event_id in (:ids)").bind("ids", List.of(published, nobodysType))
				.map(row -> row.get(0, Long.class)).one().block()).isZero();
			assertThat(db.sql("select count(*) from outbox_event where routed_at is null").map(row -> row.get(0, Long.class))
				.one().block()).isZero();
		}
		finally {
			notifications.stop();
		}
	}

	/** The relay as intake-service's application.yml configures it; one event per request, in order. */
	private static OutboxRelay relay(DatabaseClient db, PostgresqlConnectionFactory connections, WireMockServer notifications) {
		OutboxRelayProperties properties = new OutboxRelayProperties(true,
				Map.of("notification-service", new OutboxRelayProperties.Consumer(
						URI.create(notifications.baseUrl() + "/internal/events"), List.of("DossierReceived", "DossierAccepted", "ResultReady"))),
				Duration.ofMillis(100), 500, Duration.ofSeconds(10), Duration.ofMillis(10), Duration.ofMillis(100), 1,
				DataSize.ofKilobytes(200), 1);
		return new OutboxRelay(db, TransactionalOperator.create(new R2dbcTransactionManager(connections)), WebClient.create(),
				properties, CircuitBreaker::ofDefaults, new EventEnvelope(new JsonMapper(), "intake-service"), Clock.systemUTC());
	}

	/** A row as the previous version wrote it, published or not. */
	private static UUID insert(DatabaseClient db, String dossier, String type, String occurredAt, boolean published) {
		UUID id = UUID.randomUUID();
		db.sql("insert into outbox_event (id, aggregate_type, aggregate_id, event_type, payload, occurred_at, published_at) "
				+ "values (:id, 'Dossier', :dossier, :type, '{}', cast(:at as timestamptz), "
				+ (published ? "now()" : "null") + ")")
			.bind("id", id)
			.bind("dossier", dossier)
			.bind("type", type)
			.bind("at", occurredAt)
			.then()
			.block();
		return id;
	}

}
