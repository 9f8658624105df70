package vn.onestop.support.inbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import jakarta.validation.Validation;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import vn.onestop.support.db.DatabaseCredentials;
import vn.onestop.support.db.EmbeddedPostgresServer;

import static org.assertj.core.api.Assertions.assertThat;

/** The inbox against real PostgreSQL: the single-event form and batches, each event recorded once. */
class InboxTest {

	@TempDir
	static Path data;

	private static EmbeddedPostgresServer postgres;

	private static DatabaseClient database;

	private static WebTestClient inbox;

	private static final JsonMapper json = new JsonMapper();

	private static ReceivingEvents receiving;

	/** Counted down when a handler starts on an event whose payload says {@code "slow": true}. */
	private static volatile CountDownLatch slowStarted = new CountDownLatch(1);

	@BeforeAll
	static void start() {
		postgres = EmbeddedPostgresServer.start(data, 0);
		DatabaseCredentials db = postgres.provision("inbox", "inbox");
		PostgresqlConnectionFactory connections = new PostgresqlConnectionFactory(PostgresqlConnectionConfiguration.builder()
			.host("localhost").port(postgres.port()).database("inbox").username("inbox").password(db.password()).build());
		database = DatabaseClient.create(connections);
		database.sql("""
				create table processed_event (event_id uuid primary key, event_type text not null, source text not null,
				processed_at timestamptz not null default now())""").then().block();
		database.sql("create table handled (n bigserial primary key, event_id uuid not null, aggregate_id text not null)")
			.then()
			.block();
		EventHandler recording = new EventHandler() {
			@Override
			public boolean handles(String eventType) {
				return true;
			}

			@Override
			public Mono<Void> handle(IncomingEvent event) {
				if (event.payload().path("fail").asBoolean(false)) {
					return Mono.error(new IllegalStateException("this event cannot be consumed"));
				}
				Mono<Long> pause = event.payload().path("slow").asBoolean(false)
						? Mono.fromRunnable(slowStarted::countDown).then(Mono.delay(Duration.ofMillis(500))) : Mono.empty();
				return pause.then(database.sql("insert into handled (event_id, aggregate_id) values (:id, :aggregate)")
					.bind("id", event.id())
					.bind("aggregate", event.aggregateId())
					.then());
			}
		};
		receiving = new ReceivingEvents(database,
				TransactionalOperator.create(new R2dbcTransactionManager(connections)), List.of(recording));
		// a batch recorded one by one opens a connection per event: on a loaded machine that can take more than the
		// client's default 5 s
		inbox = WebTestClient.bindToController(new InboxResource(receiving,
				new ReadingEvents(json, Validation.buildDefaultValidatorFactory().getValidator())))
			.configureClient()
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	@AfterAll
	static void stop() {
		postgres.close();
	}

	@BeforeEach
	void reset() {
		database.sql("delete from processed_event").then().block();
		database.sql("delete from handled").then().block();
	}

	@Test
	void theSameBatchTwiceRecordsEachEventOnceAndSharesItsIdempotencyWithTheSingleForm() {
		List<Map<String, Object>> events = List.of(event("A"), event("A"), event("B"), event("C"), event("A"));
		inbox.post().uri("/internal/events").contentType(MediaType.APPLICATION_JSON).bodyValue(events.get(0))
			.exchange().expectStatus().isAccepted();

		for (int delivery = 0; delivery < 2; delivery++) {
			assertThat(postBatch(events).accepted()).containsExactlyElementsOf(ids(events));
		}

		assertThat(handled()).containsExactlyElementsOf(ids(events));
		assertThat(count("processed_event")).isEqualTo(5);
	}

	@Test
	void anEventThatFailsCostsOnlyItselfAndTheLaterEventsOfItsAggregate() {
		Map<String, Object> failing = event("A");
		failing.put("payload", Map.of("fail", true));
		List<Map<String, Object>> events = List.of(event("A"), failing, event("B"), event("A"), event("C"));

		ReceivedEvents received = postBatch(events);

		List<UUID> ids = ids(events);
		assertThat(received.accepted()).containsExactly(ids.get(0), ids.get(2), ids.get(4));
		assertThat(received.refused()).containsExactlyInAnyOrder(ids.get(1), ids.get(3));
		assertThat(handled()).containsExactly(ids.get(0), ids.get(2), ids.get(4));
		assertThat(count("processed_event")).isEqualTo(3);
	}

	@Test
	void anInvalidEventIsLeftOutWithTheLaterEventsOfItsAggregate() {
		Map<String, Object> invalid = event("A");
		invalid.remove("payload");
		List<Map<String, Object>> events = List.of(invalid, event("B"), event("A"));

		ReceivedEvents received = postBatch(events);

		List<UUID> ids = ids(events);
		assertThat(received.accepted()).containsExactly(ids.get(1));
		assertThat(received.refused()).containsExactlyInAnyOrder(ids.get(0), ids.get(2));
		assertThat(handled()).containsExactly(ids.get(1));
	}

	@Test
	void aBatchWhoseCallerGivesUpHalfWayIsRecordedToTheEndAndAnsweredAtOnceWhenPostedAgain() throws InterruptedException {
		Map<String, Object> slow = event("B");
		slow.put("payload", Map.of("slow", true));
		List<Map<String, Object>> events = List.of(event("A"), slow, event("C"));
		List<IncomingEvent> incoming = events.stream().map(event -> json.convertValue(event, IncomingEvent.class)).toList();
		slowStarted = new CountDownLatch(1);

		Disposable delivery = receiving.receiveAll(incoming).subscribe();
		assertThat(slowStarted.await(30, TimeUnit.SECONDS)).as("the slow event's handler started").isTrue();
		delivery.dispose(); // what the server does with a request whose client timed out and closed the connection

		Awaitility.await("events recorded although the caller gave up").atMost(Duration.ofSeconds(30))
			.until(() -> processed(ids(events)) == 3);
		assertThat(postBatch(events).accepted()).as("the re-post").containsExactlyElementsOf(ids(events));
		assertThat(handled()).containsExactlyElementsOf(ids(events));
	}

	private static ReceivedEvents postBatch(List<Map<String, Object>> events) {
		return inbox.post()
			.uri("/internal/events")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(events)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(ReceivedEvents.class)
			.returnResult()
			.getResponseBody();
	}

	private static Map<String, Object> event(String dossier) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("id", UUID.randomUUID().toString());
		event.put("source", "intake-service");
		event.put("aggregateType", "Dossier");
		event.put("aggregateId", dossier);
		event.put("eventType", "ResultReady");
		event.put("occurredAt", "2026-02-12T02:30:00Z");
		event.put("payload", Map.of("dossierCode", dossier));
		return event;
	}

	private static List<UUID> ids(List<Map<String, Object>> events) {
		List<UUID> ids = new ArrayList<>();
		events.forEach(event -> ids.add(UUID.fromString((String) event.get("id"))));
		return ids;
	}

	private static List<UUID> handled() {
		return database.sql("select event_id from handled order by n").map(row -> row.get(0, UUID.class)).all().collectList().block();
	}

	/** Of these events, how many are recorded (an earlier test's work may still be running: it is not counted). */
	private static long processed(List<UUID> ids) {
		return database.sql("select count(*) from processed_event where event_id = any(:ids)")
			.bind("ids", ids.toArray(UUID[]::new))
			.map(row -> row.get(0, Long.class))
			.one()
			.block();
	}

	private static long count(String table) {
		return database.sql("select count(*) from " + table).map(row -> row.get(0, Long.class)).one().block();
	}

}
