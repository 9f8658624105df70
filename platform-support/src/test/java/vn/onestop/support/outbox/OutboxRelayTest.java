package vn.onestop.support.outbox;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.onestop.support.db.DatabaseCredentials;
import vn.onestop.support.db.EmbeddedPostgresServer;
import vn.onestop.support.test.MutableClock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
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

	private static PostgresqlConnectionFactory connections;

	private static long sequence;

	private static TransactionalOperator transaction;

	private static final FakeInbox notificationsInbox = new FakeInbox();

	private static final FakeInbox intakeInbox = new FakeInbox();

	private static final WireMockServer notifications = new WireMockServer(options().dynamicPort().extensions(notificationsInbox));

	private static final WireMockServer intake = new WireMockServer(options().dynamicPort().extensions(intakeInbox));

	private static final JsonMapper json = new JsonMapper();

	private static final List<String> EVENT_TYPES = List.of("DossierReceived", "ResultReady");

	@BeforeAll
	static void start() {
		postgres = EmbeddedPostgresServer.start(data, 0);
		DatabaseCredentials db = postgres.provision("relay", "relay");
		connections = new PostgresqlConnectionFactory(PostgresqlConnectionConfiguration.builder()
			.host("localhost").port(postgres.port()).database("relay").username("relay").password(db.password()).build());
		database = DatabaseClient.create(connections);
		transaction = TransactionalOperator.create(new R2dbcTransactionManager(connections));
		// the services' outbox as their migrations leave it (V1__outbox.sql, then V13 in intake and V9 in citizen)
		database.sql("""
				create table outbox_event (id uuid primary key, aggregate_type text not null, aggregate_id text not null,
				event_type text not null, payload jsonb not null, occurred_at timestamptz not null default now(),
				routed_at timestamptz)""").then().block();
		database.sql("create index outbox_event_unrouted on outbox_event (occurred_at) where routed_at is null").then().block();
		database.sql("""
				create table outbox_delivery (event_id uuid not null references outbox_event (id) on delete cascade,
				consumer text not null, occurred_at timestamptz not null, refusals integer not null default 0,
				next_attempt_at timestamptz, published_at timestamptz, primary key (event_id, consumer))""").then().block();
		database.sql("create index outbox_delivery_pending on outbox_delivery (consumer, occurred_at, event_id) "
				+ "where published_at is null").then().block();
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
		database.sql("delete from outbox_delivery").then().block();
		database.sql("delete from outbox_event").then().block();
		for (WireMockServer consumer : List.of(notifications, intake)) {
			consumer.resetAll();
			accepting(consumer);
		}
		notificationsInbox.reset();
		intakeInbox.reset();
	}

	private static void accepting(WireMockServer consumer) {
		consumer.stubFor(post(urlEqualTo("/internal/events")).willReturn(aResponse().withTransformers("inbox")));
	}

	@Test
	void sendsEachEventOnlyToTheConsumersSubscribedToItsTypeAndNothingNobodyWants() {
		OutboxEvent received = appendOne("A", "DossierReceived");
		OutboxEvent merged = appendOne("B", "WardsMerged");
		OutboxEvent unwanted = appendOne("C", "CitizenUpdated");
		OutboxRelay relay = relay(properties(10, Duration.ofMillis(50),
				Map.of("notification-service", consumer(notifications, List.of("DossierReceived", "ResultReady")),
						"intake-service", consumer(intake, List.of("WardsMerged")))), Clock.systemUTC());

		assertThat(relay.relayRound().block()).containsExactlyInAnyOrderEntriesOf(Map.of("notification-service", 1, "intake-service", 1));

		assertThat(received(notifications)).extracting(e -> e.get("id").asString()).containsExactly(received.id().toString());
		assertThat(received(intake)).extracting(e -> e.get("id").asString()).containsExactly(merged.id().toString());
		JsonNode envelope = received(notifications).get(0);
		assertThat(envelope.get("source").asString()).isEqualTo("intake-service");
		assertThat(envelope.get("eventType").asString()).isEqualTo("DossierReceived");
		assertThat(envelope.get("payload").get("dossierCode").asString()).isEqualTo("A");
		assertThat(deliveries(unwanted)).as("deliveries of an event nobody subscribes to").isEmpty();
		assertThat(unpublished()).isZero();
	}

	/** Issue 14, line 4: a consumer that is down delays only its own deliveries. */
	@Test
	void withOneConsumerDownTheOtherReceivesEverythingAndTheDownOneGetsItAllInOrderOnceItReturns() {
		List<OutboxEvent> events = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			for (String dossier : List.of("A", "B", "C")) {
				events.add(appendOne(dossier));
			}
		}
		WireMockServer down = new WireMockServer(options().dynamicPort().extensions(intakeInbox));
		down.start();
		int port = down.port();
		URI downUrl = URI.create(down.baseUrl() + "/internal/events");
		down.stop();
		OutboxRelay relay = relay(properties(5, Duration.ofMillis(50), Map.of("notification-service",
				consumer(notifications, EVENT_TYPES), "intake-service", new OutboxRelayProperties.Consumer(downUrl, EVENT_TYPES))),
				Clock.systemUTC());
		relay.start();
		try {
			awaitZero(() -> unpublished(notifications), "deliveries to the consumer that is up");
			assertThat(notificationsInbox.accepted()).as("accepted by the consumer that is up, each once")
				.containsExactlyInAnyOrderElementsOf(ids(events));
			assertThat(received(notifications)).as("posted to the consumer that is up").hasSize(events.size());
			assertThat(intakeInbox.accepted()).isEmpty();
			assertThat(unpublished(intake)).as("pending for the consumer that is down").isEqualTo(events.size());

			WireMockServer back = restart(port);
			try {
				awaitZero(() -> unpublished(intake), "deliveries to the consumer once it is back");
			}
			finally {
				back.stop();
			}
		}
		finally {
			relay.stop();
		}
		assertThat(intakeInbox.accepted()).as("accepted by the consumer that came back, each once").hasSize(events.size())
			.containsExactlyInAnyOrderElementsOf(ids(events));
		for (String dossier : List.of("A", "B", "C")) {
			List<String> ofDossier = events.stream().filter(e -> e.aggregateId().equals(dossier)).map(e -> e.id().toString()).toList();
			assertThat(intakeInbox.accepted()).as("order of %s", dossier).filteredOn(ofDossier::contains).containsExactlyElementsOf(ofDossier);
		}
		assertThat(notificationsInbox.accepted()).as("nothing sent again to the consumer that was up").hasSize(events.size());
	}

	@Test
	void aConsumerThatRefusesEverythingHoldsBackOnlyItsOwnDeliveries() {
		List<OutboxEvent> events = append(3);
		intake.stubFor(post(urlEqualTo("/internal/events")).willReturn(aResponse().withStatus(503)));
		OutboxRelay relay = relay(notifications, intake);

		assertThat(relay.relayRound().block()).containsEntry("notification-service", 3).containsEntry("intake-service", 0);
		assertThat(unpublished(notifications)).isZero();
		assertThat(unpublished(intake)).isEqualTo(3);

		accepting(intake);
		assertThat(relay.relayRound().block()).containsEntry("notification-service", 0).containsEntry("intake-service", 3);

		assertThat(unpublished()).isZero();
		assertThat(notificationsInbox.accepted()).containsExactlyInAnyOrderElementsOf(ids(events));
		assertThat(intakeInbox.accepted()).containsExactlyInAnyOrderElementsOf(ids(events));
	}

	@Test
	void aRefusedEventHoldsBackOnlyTheLaterEventsOfItsAggregate() {
		List<OutboxEvent> a = append("A", 3);
		List<OutboxEvent> b = append("B", 2);
		notificationsInbox.refuse.add(a.get(1).id().toString());
		OutboxRelay relay = relay(notifications);

		assertThat(relay.relayBatch().block()).isEqualTo(3);

		assertThat(published()).containsExactlyInAnyOrder(a.get(0).id(), b.get(0).id(), b.get(1).id());
		assertThat(published()).containsExactlyInAnyOrderElementsOf(uuids(notificationsInbox.accepted()));

		notificationsInbox.refuse.clear();
		relayUntilPublished(relay);

		assertThat(notificationsInbox.accepted()).filteredOn(ids(a)::contains).containsExactlyElementsOf(ids(a));
		assertThat(notificationsInbox.accepted()).filteredOn(ids(b)::contains).containsExactlyElementsOf(ids(b));
	}

	@Test
	void aRequestThatFailsHoldsBackOnlyItsLaneOfThatConsumer() {
		List<OutboxEvent> events = new ArrayList<>();
		for (String dossier : List.of("A", "B", "C", "D", "E", "F", "G", "H")) {
			events.addAll(append(dossier, 2));
		}
		OutboxEvent failing = events.get(0);
		intake.stubFor(post(urlEqualTo("/internal/events")).withRequestBody(containing(failing.id().toString()))
			.willReturn(aResponse().withStatus(503)));
		OutboxRelay relay = relay(20, notifications, intake);

		relay.relayBatch().block();

		assertThat(unpublished(notifications)).as("pending for the consumer that accepted everything").isZero();
		assertThat(publishedTo(intake)).doesNotContain(failing.id()).containsExactlyInAnyOrderElementsOf(uuids(intakeInbox.accepted()))
			.as("events in the other lanes").isNotEmpty();

		accepting(intake);
		relayUntilPublished(relay);

		for (FakeInbox inbox : List.of(notificationsInbox, intakeInbox)) {
			assertThat(inbox.accepted()).doesNotHaveDuplicates();
			for (int i = 0; i < events.size(); i += 2) {
				List<String> dossier = ids(events.subList(i, i + 2));
				assertThat(inbox.accepted()).filteredOn(dossier::contains).containsExactlyElementsOf(dossier);
			}
		}
	}

	@Test
	void deliversARoundInAFewRequestsCompletelyAndEachAggregateInOrder() {
		List<OutboxEvent> events = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			for (String dossier : List.of("A", "B", "C", "D", "E")) {
				events.add(appendOne(dossier));
			}
		}

		assertThat(relay(100, notifications).relayBatch().block()).isEqualTo(50);

		assertThat(unpublished()).isZero();
		assertThat(notifications.findAll(postRequestedFor(urlEqualTo("/internal/events")))).hasSizeLessThanOrEqualTo(4);
		assertThat(notificationsInbox.accepted()).containsExactlyInAnyOrderElementsOf(ids(events));
		for (String dossier : List.of("A", "B", "C", "D", "E")) {
			List<String> ofDossier = events.stream().filter(e -> e.aggregateId().equals(dossier)).map(e -> e.id().toString()).toList();
			assertThat(notificationsInbox.accepted()).filteredOn(ofDossier::contains).containsExactlyElementsOf(ofDossier);
		}
	}

	@Test
	void anEventRefusedAloneWaitsForItsBackoffWhileNewEventsFlow() {
		MutableClock clock = new MutableClock(Instant.parse("2026-02-12T02:30:00Z"));
		List<OutboxEvent> a = append("A", 2);
		append("B", 1);
		notificationsInbox.refuse.add(a.get(0).id().toString());
		OutboxRelay relay = relay(10, clock, notifications);

		assertThat(relay.relayBatch().block()).isEqualTo(1);
		long postedOfA = received(notifications).stream().filter(e -> e.get("aggregateId").asString().equals("A")).count();
		OutboxEvent later = append("C", 1).get(0);
		assertThat(relay.relayBatch().block()).isEqualTo(1);

		assertThat(published()).contains(later.id()).doesNotContain(a.get(0).id(), a.get(1).id());
		assertThat(received(notifications)).as("A's events, not posted again before the backoff ends")
			.filteredOn(e -> e.get("aggregateId").asString().equals("A")).hasSize((int) postedOfA);

		notificationsInbox.refuse.clear();
		clock.advance(Duration.ofSeconds(1));
		assertThat(relay.relayBatch().block()).isEqualTo(2);
		assertThat(notificationsInbox.accepted()).filteredOn(ids(a)::contains).containsExactlyElementsOf(ids(a));
	}

	@Test
	void anAggregateWhoseEarlierEventAnotherRelayHoldsWaitsForIt() {
		List<OutboxEvent> a = append("A", 2);
		List<OutboxEvent> b = append("B", 1);
		new RoutingEvents(database, properties(10, Duration.ofMillis(50), List.of(notifications)).consumers()).routeAll(10).block();
		io.r2dbc.spi.Connection other = Mono.from(connections.create()).block();
		try {
			Mono.from(other.beginTransaction()).block();
			Flux.from(other.createStatement("select event_id from outbox_delivery where event_id = $1 for update")
				.bind("$1", a.get(0).id())
				.execute()).flatMap(result -> result.map((row, meta) -> row.get(0))).blockLast();

			assertThat(relay(notifications).relayBatch().block()).isEqualTo(1);
			assertThat(published()).containsExactly(b.get(0).id());
		}
		finally {
			Mono.from(other.rollbackTransaction()).then(Mono.from(other.close())).block();
		}

		assertThat(relay(notifications).relayBatch().block()).isEqualTo(2);
		assertThat(notificationsInbox.accepted()).filteredOn(ids(a)::contains).containsExactlyElementsOf(ids(a));
	}

	@Test
	void anAggregateWhoseEarlierEventIsNotRoutedYetWaitsForIt() {
		OutboxEvent first = appendOne("A");
		OutboxEvent second = appendOne("A");
		io.r2dbc.spi.Connection other = Mono.from(connections.create()).block();
		try {
			Mono.from(other.beginTransaction()).block();
			Flux.from(other.createStatement("select id from outbox_event where id = $1 for update").bind("$1", first.id())
				.execute()).flatMap(result -> result.map((row, meta) -> row.get(0))).blockLast();

			assertThat(relay(notifications).relayBatch().block()).as("published while the first is being routed elsewhere").isZero();
			assertThat(deliveries(second)).as("the second is routed").hasSize(1);
		}
		finally {
			Mono.from(other.rollbackTransaction()).then(Mono.from(other.close())).block();
		}

		assertThat(relay(notifications).relayBatch().block()).isEqualTo(2);
		assertThat(notificationsInbox.accepted()).containsExactly(first.id().toString(), second.id().toString());
	}

	@Test
	void aRefusedEventWaitsForItsBackoffInEveryRelayInstance() {
		MutableClock clock = new MutableClock(Instant.parse("2026-02-12T02:30:00Z"));
		OutboxEvent refused = appendOne("A");
		notificationsInbox.refuse.add(refused.id().toString());
		assertThat(relay(10, clock, notifications).relayBatch().block()).isZero();
		notificationsInbox.refuse.clear();

		assertThat(relay(10, clock, notifications).relayBatch().block()).as("another instance, before the backoff ends").isZero();
		assertThat(received(notifications)).hasSize(1);

		clock.advance(Duration.ofSeconds(1));
		assertThat(relay(10, clock, notifications).relayBatch().block()).isEqualTo(1);
		assertThat(database.sql("select refusals from outbox_delivery where event_id = :id").bind("id", refused.id())
			.map(row -> row.get(0, Integer.class)).one().block()).isEqualTo(1);
	}

	@Test
	void aFullRoundIsFollowedAtOnceByTheNextWithoutWaitingForThePoll() {
		database.sql("""
				insert into outbox_event (id, aggregate_type, aggregate_id, event_type, payload, occurred_at)
				select gen_random_uuid(), 'Dossier', chr(65 + n % 10), 'ResultReady', '{}', timestamptz '2026-02-12 02:30:00Z' + n * interval '1 ms'
				from generate_series(0, 499) n""").then().block();
		OutboxRelay relay = relay(properties(50, Duration.ofMinutes(10), List.of(notifications)), Clock.systemUTC());
		relay.start();
		try {
			Instant deadline = Instant.now().plusSeconds(60);
			while (unpublished() > 0 && Instant.now().isBefore(deadline)) {
				java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
			}
			assertThat(unpublished()).as("events left after one poll of a 10-minute interval").isZero();
			assertThat(notificationsInbox.accepted()).hasSize(500).doesNotHaveDuplicates();
		}
		finally {
			relay.stop();
		}
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

		accepting(notifications);
		assertThat(relay.relayBatch().block(Duration.ofSeconds(20))).isEqualTo(100);
		assertThat(unpublished()).isZero();
		assertThat(events).hasSize(100);
	}

	@Test
	void aConsumerTooSlowForAFullBatchWithinTheTimeoutStillGetsEveryEventOnceAndEachAggregateInOrder() {
		List<OutboxEvent> events = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			for (int dossier = 0; dossier < 20; dossier++) {
				events.add(appendOne("D" + dossier));
			}
		}
		// Records a batch of more than 8 events (an idempotent inbox that commits although its client left, as
		// platform-support's does), but answers only after the relay's request timeout; smaller ones at once.
		notifications.stubFor(post(urlEqualTo("/internal/events")).atPriority(1)
			.withRequestBody(matchingJsonPath("$[8]"))
			.willReturn(aResponse().withTransformers("inbox").withFixedDelay(3_000)));
		OutboxRelay relay = relay(new OutboxRelayProperties(true,
				Map.of("notification-service", consumer(notifications, EVENT_TYPES)), Duration.ofMillis(50), 500,
				Duration.ofSeconds(1), Duration.ofMillis(10), Duration.ofMillis(100), 100, DataSize.ofKilobytes(200), 4),
				Clock.systemUTC());

		Instant deadline = Instant.now().plusSeconds(90);
		while (unpublished() > 0 && Instant.now().isBefore(deadline)) {
			relay.relayBatch().block();
		}

		assertThat(unpublished()).as("events not yet accepted by the slow consumer").isZero();
		assertThat(notificationsInbox.recorded()).containsExactlyInAnyOrderElementsOf(ids(events));
		for (int dossier = 0; dossier < 20; dossier++) {
			String aggregate = "D" + dossier;
			List<String> ofDossier = events.stream().filter(e -> e.aggregateId().equals(aggregate)).map(e -> e.id().toString()).toList();
			assertThat(notificationsInbox.recorded()).filteredOn(ofDossier::contains).containsExactlyElementsOf(ofDossier);
		}
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
	void reportsEachConsumersBacklogAndTheAgeOfItsOldestEvent() {
		io.micrometer.core.instrument.simple.SimpleMeterRegistry registry = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
		OutboxRelayProperties properties = properties(10, Duration.ofMillis(50), List.of(notifications, intake));
		OutboxMetrics metrics = new OutboxMetrics(database, registry, Duration.ofSeconds(5), properties.consumers());
		append(3);
		appendOne("Z", "CitizenUpdated");

		metrics.refresh().block();

		for (String consumer : List.of("notification-service", "intake-service")) {
			assertThat(registry.get("onestop.outbox.backlog").tag("consumer", consumer).gauge().value()).as(consumer).isEqualTo(3);
			assertThat(registry.get("onestop.outbox.lag").tag("consumer", consumer).timeGauge()
				.value(java.util.concurrent.TimeUnit.SECONDS)).isGreaterThan(60);
		}

		intake.stubFor(post(urlEqualTo("/internal/events")).willReturn(aResponse().withStatus(503)));
		relay(properties, Clock.systemUTC()).relayBatch().block();
		metrics.refresh().block();

		assertThat(registry.get("onestop.outbox.backlog").tag("consumer", "notification-service").gauge().value()).isZero();
		assertThat(registry.get("onestop.outbox.lag").tag("consumer", "notification-service").timeGauge()
			.value(java.util.concurrent.TimeUnit.SECONDS)).isZero();
		assertThat(registry.get("onestop.outbox.backlog").tag("consumer", "intake-service").gauge().value()).isEqualTo(3);
	}

	private static WireMockServer restart(int port) {
		WireMockServer server = new WireMockServer(options().port(port).extensions(new FakeInbox[] { intakeInbox }));
		server.start();
		accepting(server);
		return server;
	}

	/** Polls until the count is zero or 30 s have passed (on the monotonic clock: the wall clock may be set meanwhile). */
	private static void awaitZero(java.util.function.LongSupplier count, String what) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (count.getAsLong() > 0 && System.nanoTime() - deadline < 0) {
			java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
		}
		assertThat(count.getAsLong()).as(what).isZero();
	}

	private static List<UUID> publishedTo(WireMockServer consumer) {
		return database.sql("select event_id from outbox_delivery where consumer = :consumer and published_at is not null")
			.bind("consumer", name(consumer))
			.map(row -> row.get(0, UUID.class))
			.all()
			.collectList()
			.block();
	}

	private static List<String> deliveries(OutboxEvent event) {
		return database.sql("select consumer from outbox_delivery where event_id = :id")
			.bind("id", event.id())
			.map(row -> row.get(0, String.class))
			.all()
			.collectList()
			.block();
	}

	private static OutboxRelay relay(WireMockServer... targets) {
		return relay(10, targets);
	}

	private static OutboxRelay relay(int batchSize, WireMockServer... targets) {
		return relay(batchSize, Clock.systemUTC(), targets);
	}

	private static OutboxRelay relay(int batchSize, Clock clock, WireMockServer... targets) {
		return relay(properties(batchSize, Duration.ofMillis(50), List.of(targets)), clock);
	}

	/** Each consumer subscribed to every event type the tests write. */
	private static OutboxRelayProperties properties(int batchSize, Duration pollInterval, List<WireMockServer> targets) {
		Map<String, OutboxRelayProperties.Consumer> consumers = new LinkedHashMap<>();
		for (WireMockServer target : targets) {
			consumers.put(name(target), consumer(target, EVENT_TYPES));
		}
		return properties(batchSize, pollInterval, consumers);
	}

	private static OutboxRelayProperties properties(int batchSize, Duration pollInterval,
			Map<String, OutboxRelayProperties.Consumer> consumers) {
		// A generous request timeout: on a loaded machine a timed-out request is posted again (at least once), which
		// the tests that count posts would take for a double delivery.
		return new OutboxRelayProperties(true, consumers, pollInterval, batchSize, Duration.ofSeconds(30), Duration.ofMillis(10),
				Duration.ofMillis(100), 100, DataSize.ofKilobytes(200), 4);
	}

	private static OutboxRelayProperties.Consumer consumer(WireMockServer target, List<String> eventTypes) {
		return new OutboxRelayProperties.Consumer(URI.create(target.baseUrl() + "/internal/events"), eventTypes);
	}

	private static String name(WireMockServer target) {
		return target == intake ? "intake-service" : "notification-service";
	}

	private static OutboxRelay relay(OutboxRelayProperties properties, Clock clock) {
		return new OutboxRelay(database, transaction, WebClient.create(), properties, CircuitBreaker::ofDefaults,
				new EventEnvelope(json, "intake-service"), clock);
	}

	private static void relayUntilPublished(OutboxRelay relay) {
		Instant deadline = Instant.now().plusSeconds(20);
		while (unpublished() > 0 && Instant.now().isBefore(deadline)) {
			relay.relayBatch().block();
		}
		assertThat(unpublished()).isZero();
	}

	private static List<OutboxEvent> append(int count) {
		Outbox outbox = new Outbox(database);
		List<OutboxEvent> events = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			events.add(outbox.append(event(i)).block());
		}
		return events;
	}

	/** The next {@code count} events of one dossier, each occurring after every event appended before. */
	private static List<OutboxEvent> append(String dossier, int count) {
		List<OutboxEvent> events = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			events.add(appendOne(dossier));
		}
		return events;
	}

	private static OutboxEvent appendOne(String dossier) {
		return appendOne(dossier, "ResultReady");
	}

	private static OutboxEvent appendOne(String dossier, String type) {
		OutboxEvent event = new OutboxEvent(UUID.randomUUID(), "Dossier", dossier, type,
				"{\"dossierCode\":\"" + dossier + "\"}", Instant.parse("2026-02-12T02:30:00Z").plusSeconds(1).plusMillis(sequence++));
		return new Outbox(database).append(event).block();
	}

	private static OutboxEvent event(int n) {
		OutboxEvent event = OutboxEvent.of("Dossier", "00004-260212-000" + n, "DossierReceived",
				"{\"dossierCode\":\"00004-260212-000" + n + "\"}");
		return new OutboxEvent(event.id(), event.aggregateType(), event.aggregateId(), event.eventType(), event.payloadJson(),
				Instant.parse("2026-02-12T02:30:00Z").plusMillis(n));
	}

	private static List<UUID> uuids(List<String> ids) {
		return new ArrayList<>(ids.stream().map(UUID::fromString).toList());
	}

	/** Events accepted by every consumer they were routed to. */
	private static List<UUID> published() {
		return database.sql("select event_id from outbox_delivery group by event_id having bool_and(published_at is not null)")
			.map(row -> row.get(0, UUID.class))
			.all()
			.collectList()
			.block();
	}

	private static List<String> ids(List<OutboxEvent> events) {
		return events.stream().map(e -> e.id().toString()).toList();
	}

	/** Every event posted to the consumer, accepted or not, the elements of a batch one by one. */
	private static List<JsonNode> received(WireMockServer consumer) {
		return consumer.findAll(postRequestedFor(urlEqualTo("/internal/events")))
			.stream()
			.sorted(java.util.Comparator.comparing(LoggedRequest::getLoggedDate))
			.map(request -> json.readTree(request.getBodyAsString()))
			.flatMap(body -> body.isArray() ? body.valueStream() : java.util.stream.Stream.of(body))
			.toList();
	}

	/** Deliveries not yet accepted, and events not yet routed to their consumers. */
	private static long unpublished() {
		return database.sql("select (select count(*) from outbox_delivery where published_at is null) "
				+ "+ (select count(*) from outbox_event where routed_at is null)")
			.map(row -> row.get(0, Long.class))
			.one()
			.block();
	}

	/** Pending for the consumer, counting the events not routed yet (before routing a consumer has no rows at all). */
	private static long unpublished(WireMockServer consumer) {
		return database.sql("select (select count(*) from outbox_delivery where published_at is null and consumer = :consumer) "
				+ "+ (select count(*) from outbox_event where routed_at is null)")
			.bind("consumer", name(consumer))
			.map(row -> row.get(0, Long.class))
			.one()
			.block();
	}

	private static Mono<Long> count() {
		return database.sql("select count(*) from outbox_event").map(row -> row.get(0, Long.class)).one();
	}

}
