package vn.onestop.citizen.events;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.onestop.citizen.ward.WardFixtures;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, line 4, as citizen-service runs it: its relay sends WardsMerged to intake-service only and the citizen
 * events to notification-service only, and a merger recorded while intake-service is down reaches it, once, when
 * it returns, while notification-service got its events meanwhile. (intake-service's RehomingDossiersTest and
 * WardsMergedAfterIntakeReturnsTest show what intake then does with it.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "20s")
class DeliveryPerConsumerTest {

	private static final WireMockServer notifications = accepting(new WireMockServer(options().dynamicPort().extensions(new Inbox())));

	/** Where intake-service listens once it is back; nothing listens there before. */
	private static final int INTAKE_PORT = freePort();

	private static final LocalDate ON = WardFixtures.DAY;

	@Autowired
	private WebTestClient client;

	@Autowired
	private DatabaseClient db;

	@Autowired
	private JsonMapper json;

	@DynamicPropertySource
	static void consumers(DynamicPropertyRegistry registry) {
		registry.add("platform.outbox.relay.consumers.notification-service.url", () -> notifications.baseUrl() + "/internal/events");
		registry.add("platform.outbox.relay.consumers.intake-service.url", () -> "http://localhost:" + INTAKE_PORT + "/internal/events");
		registry.add("platform.outbox.relay.poll-interval", () -> "100ms");
		registry.add("platform.outbox.relay.backoff-initial", () -> "50ms");
		registry.add("platform.outbox.relay.backoff-max", () -> "500ms");
	}

	@AfterAll
	static void stop() {
		notifications.stop();
	}

	@Test
	void aMergerRecordedWhileIntakeIsDownReachesItOnceWhenItReturnsAndTheCitizenEventsGoOnToNotificationMeanwhile() {
		String citizen = register();
		String merged = ward("Gộp Một");
		String successor = WardFixtures.nextCode();
		this.client.post().uri("/wards/mergers")
			.bodyValue(WardFixtures.merger(successor, "Hợp Nhất", ON, Map.of(merged, "full")))
			.exchange().expectStatus().isCreated();

		await(() -> !received(notifications, citizen).isEmpty(), "CitizenRegistered at notification-service while intake is down");
		assertThat(pendingFor("intake-service", successor)).as("WardsMerged waiting for intake-service").isEqualTo(1);

		WireMockServer intake = accepting(new WireMockServer(options().port(INTAKE_PORT).extensions(new Inbox())));
		try {
			await(() -> pendingFor("intake-service", successor) == 0, "WardsMerged accepted by intake-service once it is back");
			List<JsonNode> atIntake = received(intake, successor);
			assertThat(atIntake).as("WardsMerged posts to intake-service").singleElement().satisfies(event -> {
				assertThat(event.get("eventType").asString()).isEqualTo("WardsMerged");
				assertThat(event.get("source").asString()).isEqualTo("citizen-service");
				assertThat(event.at("/payload/successor/code").asString()).isEqualTo(successor);
				assertThat(event.at("/payload/predecessors/0/code").asString()).isEqualTo(merged);
			});
			assertThat(everything(intake)).as("events intake-service does not consume")
				.noneMatch(event -> event.get("eventType").asString().startsWith("Citizen"));
		}
		finally {
			intake.stop();
		}
		assertThat(received(notifications, citizen)).as("CitizenRegistered posts to notification-service").singleElement()
			.satisfies(event -> assertThat(event.get("eventType").asString()).isEqualTo("CitizenRegistered"));
		assertThat(received(notifications, successor)).as("WardsMerged, which notification-service does not consume").isEmpty();
	}

	private String register() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("fullName", "Trần Văn Giao");
		body.put("idNumber", "001087" + ThreadLocalRandom.current().nextInt(400_000, 1_000_000));
		body.put("dateOfBirth", "1987-03-04");
		body.put("gender", "MALE");
		body.put("address", Map.of("wardCode", "20242"));
		return this.client.post().uri("/citizens").bodyValue(body).exchange().expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
	}

	private String ward(String name) {
		String code = WardFixtures.nextCode();
		StepVerifier.create(WardFixtures.ward(this.db, code, name)).verifyComplete();
		return code;
	}

	private long pendingFor(String consumer, String aggregateId) {
		return this.db.sql("select count(*) from outbox_delivery d join outbox_event e on e.id = d.event_id "
				+ "where d.consumer = :consumer and e.aggregate_id = :aggregate and d.published_at is null")
			.bind("consumer", consumer)
			.bind("aggregate", aggregateId)
			.map(row -> row.get(0, Long.class))
			.one()
			.block();
	}

	private List<JsonNode> received(WireMockServer consumer, String aggregateId) {
		return everything(consumer).stream().filter(event -> event.get("aggregateId").asString().equals(aggregateId)).toList();
	}

	/** Every event posted, the elements of a batch one by one. */
	private List<JsonNode> everything(WireMockServer consumer) {
		return consumer.findAll(postRequestedFor(urlEqualTo("/internal/events")))
			.stream()
			.map(request -> this.json.readTree(request.getBodyAsString()))
			.flatMap(body -> body.isArray() ? body.valueStream() : java.util.stream.Stream.of(body))
			.toList();
	}

	/** A consumer whose inbox accepts every event it is sent (the answer of platform-support's inbox). */
	private static WireMockServer accepting(WireMockServer consumer) {
		consumer.start();
		consumer.stubFor(post(urlEqualTo("/internal/events")).willReturn(aResponse().withTransformers("inbox")));
		return consumer;
	}

	/** Answers a batch with {@code {"accepted": [every id]}} and a single event with 202, as an inbox that takes all. */
	private static final class Inbox implements ResponseDefinitionTransformerV2 {

		private static final JsonMapper json = new JsonMapper();

		@Override
		public String getName() {
			return "inbox";
		}

		@Override
		public boolean applyGlobally() {
			return false;
		}

		@Override
		public ResponseDefinition transform(ServeEvent serveEvent) {
			JsonNode body = json.readTree(serveEvent.getRequest().getBodyAsString());
			if (!body.isArray()) {
				return new ResponseDefinitionBuilder().withStatus(202).build();
			}
			List<String> ids = body.valueStream().map(event -> event.get("id").asString()).toList();
			return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", "application/json")
				.withBody(json.writeValueAsString(Map.of("accepted", ids))).build();
		}

	}

	/** Polls until the condition holds or 60 s have passed (on the monotonic clock). */
	private static void await(BooleanSupplier condition, String what) {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!condition.getAsBoolean() && System.nanoTime() - deadline < 0) {
			java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
		}
		assertThat(condition.getAsBoolean()).as(what).isTrue();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
