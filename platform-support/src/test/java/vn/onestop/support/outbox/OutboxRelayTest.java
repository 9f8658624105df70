package vn.onestop.support.outbox;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.onestop.support.db.DatabaseCredentials;
import vn.onestop.support.db.EmbeddedPostgresServer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** The relay against real PostgreSQL (SKIP LOCKED, transactions) and real HTTP consumers. */
class OutboxRelayTest {

	@TempDir
	static Path data;

	private static EmbeddedPostgresServer postgres;

	private static DatabaseClient database;

	private static TransactionalOperator transaction;

	private static final WireMockServer notifications = new WireMockServer(options().dynamicPort());

	private static final WireMockServer intake = new WireMockServer(options().dynamicPort());

	private static final JsonMapper json = new JsonMapper();

	@BeforeAll
	static void start() {
		postgres = EmbeddedPostgresServer.start(data, 0);
		DatabaseCredentials db = postgres.provision("relay", "relay");
		PostgresqlConnectionFactory connections = new PostgresqlConnectionFactory(PostgresqlConnectionConfiguration.builder()
			.host("localhost").port(postgres.port()).database("relay").username("relay").password(db.password()).build());
		database = DatabaseClient.create(connections);
		transaction = TransactionalOperator.create(new R2dbcTransactionManager(connections));
		database.sql("""
				create table outbox_event (id uuid primary key, aggregate_type text not null, aggregate_id text not null,
				event_type text not null, payload jsonb not null, occurred_at timestamptz not null default now(),
				published_at timestamptz)""").then().block();
		notifications.start();
		intake.start();
	}

	@AfterAll
	static void stop() {
		notifications.stop();
		intake.stop();
		postgres.close();
	}

	@BeforeEach
	void reset() {
		database.sql("delete from outbox_event").then().block();
		for (WireMockServer consumer : List.of(notifications, intake)) {
			consumer.resetAll();
			consumer.stubFor(post(urlEqualTo("/internal/events")).willReturn(aResponse().withStatus(202)));
		}
	}

	@Test
	void publishesEveryEventToEveryTargetInTheOrderTheyOccurred() {
		List<OutboxEvent> events = append(5);

		assertThat(relay(notifications, intake).relayBatch().block()).isEqualTo(5);

		for (WireMockServer consumer : List.of(notifications, intake)) {
			List<JsonNode> received = received(consumer);
			assertThat(received).extracting(e -> e.get("id").asString()).containsExactlyElementsOf(ids(events));
			assertThat(received.get(0).get("source").asString()).isEqualTo("intake-service");
			assertThat(received.get(0).get("eventType").asString()).isEqualTo("DossierReceived");
			assertThat(received.get(0).get("payload").get("dossierCode").asString()).isEqualTo("00004-260212-0000");
		}
		assertThat(unpublished()).isZero();
	}

	@Test
	void keepsEventsATargetRefusedAndDeliversThemOnceItRecovers() {
		List<OutboxEvent> events = append(3);
		intake.stubFor(post(urlEqualTo("/internal/events")).willReturn(aResponse().withStatus(503)));
		OutboxRelay relay = relay(notifications, intake);

		assertThat(relay.relayBatch().block()).isZero();
		assertThat(unpublished()).isEqualTo(3);

		intake.stubFor(post(urlEqualTo("/internal/events")).willReturn(aResponse().withStatus(202)));
		assertThat(relay.relayBatch().block()).isEqualTo(3);

		assertThat(unpublished()).isZero();
		assertThat(received(intake)).extracting(e -> e.get("id").asString())
			.containsExactly(ids(events).get(0), ids(events).get(0), ids(events).get(1), ids(events).get(2));
	}

	@Test
	void stopsAtTheFirstRefusalSoNoEventOvertakesAnEarlierOne() {
		List<OutboxEvent> events = append(3);
		notifications.stubFor(post(urlEqualTo("/internal/events")).withRequestBody(containing(events.get(1).id().toString()))
			.willReturn(aResponse().withStatus(500)));

		assertThat(relay(notifications).relayBatch().block()).isEqualTo(1);

		assertThat(received(notifications)).extracting(e -> e.get("id").asString())
			.containsExactly(ids(events).get(0), ids(events).get(1));
		assertThat(unpublished()).isEqualTo(2);
	}

	/**
	 * A refusal early in a large batch used to cancel the claim query while its rows were still arriving; the
	 * connection then stayed "idle in transaction" and the relay never ran again (docs/benchmarks.md, scenario c).
	 */
	@Test
	void aRefusalEarlyInALargeBatchLeavesTheRelayWorking() {
		String large = "x".repeat(4000);
		Outbox outbox = new Outbox(database);
		List<OutboxEvent> events = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			OutboxEvent event = event(i);
			events.add(outbox.append(new OutboxEvent(event.id(), event.aggregateType(), event.aggregateId(),
					event.eventType(), "{\"dossierCode\":\"" + event.aggregateId() + "\",\"notes\":\"" + large + "\"}",
					event.occurredAt())).block());
		}
		notifications.stubFor(post(urlEqualTo("/internal/events")).willReturn(aResponse().withStatus(503)));
		OutboxRelay relay = relay(100, notifications);

		assertThat(relay.relayBatch().block(Duration.ofSeconds(20))).isZero();

		notifications.stubFor(post(urlEqualTo("/internal/events")).willReturn(aResponse().withStatus(202)));
		assertThat(relay.relayBatch().block(Duration.ofSeconds(20))).isEqualTo(100);
		assertThat(unpublished()).isZero();
		assertThat(events).hasSize(100);
	}

	@Test
	void twoRelaysRunningTogetherNeverPublishAnEventTwice() {
		List<OutboxEvent> events = append(40);
		OutboxRelay first = relay(notifications);
		OutboxRelay second = relay(notifications);

		Flux.range(0, 10)
			.concatMap(round -> Mono.zip(first.relayBatch(), second.relayBatch()))
			.blockLast();

		List<String> delivered = received(notifications).stream().map(e -> e.get("id").asString()).toList();
		assertThat(delivered).hasSize(40).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids(events));
		assertThat(unpublished()).isZero();
	}

	@Test
	void aChangeThatFailsWritesNoEvent() {
		Outbox outbox = new Outbox(database);

		Mono<Void> failingChange = outbox.append(event(0))
			.then(Mono.<Void>error(new IllegalStateException("the state change failed after its event was written")))
			.as(transaction::transactional);

		assertThat(failingChange.onErrorResume(IllegalStateException.class, e -> Mono.empty()).then(count()).block()).isZero();
	}

	@Test
	void runsByItselfOnceStarted() {
		OutboxRelay relay = relay(notifications);
		relay.start();
		try {
			append(2);
			Instant deadline = Instant.now().plusSeconds(20);
			while (unpublished() > 0 && Instant.now().isBefore(deadline)) {
				java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
			}
			assertThat(unpublished()).isZero();
			assertThat(relay.isRunning()).isTrue();
		}
		finally {
			relay.stop();
		}
		assertThat(relay.isRunning()).isFalse();
	}

	@Test
	void reportsTheBacklogAndTheAgeOfItsOldestEvent() {
		io.micrometer.core.instrument.simple.SimpleMeterRegistry registry = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
		OutboxMetrics metrics = new OutboxMetrics(database, registry, Duration.ofSeconds(5));
		append(3);

		metrics.refresh().block();

		assertThat(registry.get("onestop.outbox.backlog").gauge().value()).isEqualTo(3);
		assertThat(registry.get("onestop.outbox.lag").timeGauge().value(java.util.concurrent.TimeUnit.SECONDS)).isGreaterThan(60);

		relay(notifications).relayBatch().block();
		metrics.refresh().block();

		assertThat(registry.get("onestop.outbox.backlog").gauge().value()).isZero();
		assertThat(registry.get("onestop.outbox.lag").timeGauge().value(java.util.concurrent.TimeUnit.SECONDS)).isZero();
	}

	private static OutboxRelay relay(WireMockServer... targets) {
		return relay(10, targets);
	}

	private static OutboxRelay relay(int batchSize, WireMockServer... targets) {
		List<URI> uris = new ArrayList<>();
		for (WireMockServer target : targets) {
			uris.add(URI.create(target.baseUrl() + "/internal/events"));
		}
		OutboxRelayProperties properties = new OutboxRelayProperties(true, uris, Duration.ofMillis(50), batchSize,
				Duration.ofSeconds(2), Duration.ofMillis(10), Duration.ofMillis(100));
		return new OutboxRelay(database, transaction, WebClient.create(), properties, CircuitBreaker.ofDefaults("test"),
				new EventEnvelope(json, "intake-service"), Clock.systemUTC());
	}

	private static List<OutboxEvent> append(int count) {
		Outbox outbox = new Outbox(database);
		List<OutboxEvent> events = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			events.add(outbox.append(event(i)).block());
		}
		return events;
	}

	private static OutboxEvent event(int n) {
		OutboxEvent event = OutboxEvent.of("Dossier", "00004-260212-000" + n, "DossierReceived",
				"{\"dossierCode\":\"00004-260212-000" + n + "\"}");
		return new OutboxEvent(event.id(), event.aggregateType(), event.aggregateId(), event.eventType(), event.payloadJson(),
				Instant.parse("2026-02-12T02:30:00Z").plusMillis(n));
	}

	private static List<String> ids(List<OutboxEvent> events) {
		return events.stream().map(e -> e.id().toString()).toList();
	}

	private static List<JsonNode> received(WireMockServer consumer) {
		return consumer.findAll(postRequestedFor(urlEqualTo("/internal/events")))
			.stream()
			.sorted(java.util.Comparator.comparing(LoggedRequest::getLoggedDate))
			.map(request -> json.readTree(request.getBodyAsString()))
			.toList();
	}

	private static long unpublished() {
		return database.sql("select count(*) from outbox_event where published_at is null")
			.map(row -> row.get(0, Long.class))
			.one()
			.block();
	}

	private static Mono<Long> count() {
		return database.sql("select count(*) from outbox_event").map(row -> row.get(0, Long.class)).one();
	}

}
