package vn.onestop.notification.event;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.onestop.notification.NotificationApplication;
import vn.onestop.notification.delivery.MovableClock;
import vn.onestop.notification.delivery.NotificationIntegrationTest;
import vn.onestop.support.security.test.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events in, each exactly once, from the platform's own services (a SERVICE token): from a producer that sends everything twice, from a producer whose
 * consumer crashes half-way through an event, and across a consumer restarted in the middle of a batch.
 */
class EventIntakeTest extends NotificationIntegrationTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final String SERVICE = TestTokens.bearer(TestTokens.service());

	@Autowired
	private WebTestClient client;

	@Autowired
	private DatabaseClient database;

	@BeforeEach
	void acceptEverySms() {
		SMS_PROVIDER.stubFor(post(urlEqualTo("/sms")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"messageId\":\"same-id-for-every-message\"}")));
	}

	@Test
	void aProducerThatSendsEveryEventTwiceGetsEachMessageSentOnce() {
		String batch = batch();
		List<String> events = new ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			events.add(received(batch + "-000" + i));
		}
		for (String event : events) {
			send(this.client, event);
			send(this.client, event);
		}

		assertThat(messages(batch)).isEqualTo(8);
		assertThat(processed(events)).isEqualTo(4);
		await("every message of the batch is sent", () -> sent(batch) == 8);
		for (int i = 1; i <= 4; i++) {
			String code = batch + "-000" + i;
			assertThat(SMS_PROVIDER.findAll(postRequestedFor(urlEqualTo("/sms")).withRequestBody(containing(code)))).hasSize(1);
			assertThat(emailsAbout(code)).hasSize(1);
		}
	}

	@Test
	void concurrentDuplicatesOfOneEventAreConsumedOnce() {
		String batch = batch();
		String event = received(batch + "-0001");

		Flux.range(0, 8).flatMap(i -> deliver(this.client, event), 8).blockLast(TIMEOUT);

		assertThat(messages(batch)).isEqualTo(2);
	}

	@Test
	void aConsumerThatFailsHalfWayThroughAnEventKeepsNothingAndTheNextDeliveryDoesItAll() {
		String batch = batch();
		String event = received(batch + "-0001");
		this.database.sql("""
				create or replace function fail_second_message() returns trigger language plpgsql as $$
				begin
				  if new.channel = 'EMAIL' and new.dossier_code like 'CRASH%' then raise exception 'crash'; end if;
				  return new;
				end $$""").then().block(TIMEOUT);
		this.database.sql("create trigger crash_half_way before insert on message for each row execute function fail_second_message()")
			.then()
			.block(TIMEOUT);
		try {
			this.client.post().uri("/internal/events")
			.header(HttpHeaders.AUTHORIZATION, SERVICE).contentType(MediaType.APPLICATION_JSON).bodyValue(event)
				.exchange().expectStatus().is5xxServerError();
			assertThat(messages(batch)).isZero();
			assertThat(processed(List.of(event))).isZero();
		}
		finally {
			this.database.sql("drop trigger crash_half_way on message").then().block(TIMEOUT);
		}

		send(this.client, event);

		assertThat(messages(batch)).isEqualTo(2);
		assertThat(processed(List.of(event))).isEqualTo(1);
	}

	@Test
	void aConsumerRestartedInTheMiddleOfABatchStillYieldsEveryMessageOnce() {
		String batch = batch();
		List<String> events = new ArrayList<>();
		for (int i = 1; i <= 6; i++) {
			events.add(received(batch + "-000" + i));
		}
		List<String> unacknowledged = new ArrayList<>(events);

		ConfigurableApplicationContext consumer = startConsumer();
		WebTestClient first = clientOf(consumer);
		for (String event : events.subList(0, 3)) {
			send(first, event);
			send(first, event);
			unacknowledged.remove(event);
		}
		consumer.close();

		ConfigurableApplicationContext restarted = startConsumer();
		try {
			WebTestClient second = clientOf(restarted);
			for (String event : events) {
				send(second, event);
			}
			for (String event : unacknowledged) {
				send(second, event);
			}
		}
		finally {
			restarted.close();
		}

		assertThat(messages(batch)).isEqualTo(12);
		assertThat(processed(events)).isEqualTo(6);
		await("every message of the batch is sent", () -> sent(batch) == 12);
	}

	@Test
	void refusesAnEnvelopeWithoutIdOrPayload() {
		this.client.post()
			.uri("/internal/events")
			.header(HttpHeaders.AUTHORIZATION, SERVICE)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"source\":\"intake-service\",\"eventType\":\"DossierReceived\"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void acceptsAndRecordsEventsThatConcernNobody() {
		String event = "{\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"citizen-service\",\"eventType\":\"WardsMerged\","
				+ "\"payload\":{\"successor\":\"20242\"}}";

		send(this.client, event);

		assertThat(processed(List.of(event))).isEqualTo(1);
	}

	private static ConfigurableApplicationContext startConsumer() {
		// the test context's clock, so the consumers' messages are due when its dispatcher looks, whatever the hour
		return new SpringApplicationBuilder(NotificationApplication.class, MovableClock.Configuration.class).run("--server.port=0",
				"--platform.db.name=notification_it", "--notification.delivery.dispatcher-enabled=false",
				"--notification.smtp.host=127.0.0.1", "--notification.smtp.port=" + SMTP_SERVER.getSmtp().getPort());
	}

	private static WebTestClient clientOf(ConfigurableApplicationContext consumer) {
		String port = consumer.getEnvironment().getProperty("local.server.port");
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(TIMEOUT).build();
	}

	private static void send(WebTestClient consumer, String event) {
		consumer.post().uri("/internal/events")
			.header(HttpHeaders.AUTHORIZATION, SERVICE).contentType(MediaType.APPLICATION_JSON).bodyValue(event)
			.exchange().expectStatus().isAccepted();
	}

	private static Mono<Integer> deliver(WebTestClient consumer, String event) {
		return Mono.fromCallable(() -> {
			send(consumer, event);
			return 1;
		}).subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic());
	}

	private static String batch() {
		return "CRASH" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	private static String received(String dossierCode) {
		return """
				{"id":"%s","source":"intake-service","aggregateType":"Dossier","aggregateId":"%s",
				 "eventType":"DossierReceived","occurredAt":"2026-02-12T02:30:00Z",
				 "payload":{"dossierCode":"%s","wardCode":"20242","procedure":{"code":"HT-CHUNG-THUC","name":"Chứng thực bản sao"},
				  "appointmentAt":"2026-02-23T09:30:00+07:00",
				  "submitter":{"fullName":"Nguyễn Thị Lan","phone":"0912345678","email":"lan@example.vn"}}}"""
			.formatted(UUID.randomUUID(), dossierCode, dossierCode);
	}

	private long messages(String batch) {
		return count("select count(*) from message where dossier_code like :batch", batch + "%");
	}

	private long sent(String batch) {
		return count("select count(*) from message where dossier_code like :batch and status = 'SENT'", batch + "%");
	}

	private long processed(List<String> events) {
		List<UUID> ids = events.stream().map(e -> UUID.fromString(e.substring(e.indexOf("\"id\":\"") + 6, e.indexOf("\"id\":\"") + 42))).toList();
		return count("select count(*) from processed_event where event_id = any(:ids)", ids.toArray(UUID[]::new));
	}

	private long count(String sql, Object value) {
		String name = sql.contains(":batch") ? "batch" : "ids";
		return this.database.sql(sql).bind(name, value).map(row -> row.get(0, Long.class)).one().block(TIMEOUT);
	}

	private static List<MimeMessage> emailsAbout(String dossierCode) {
		return List.of(SMTP_SERVER.getReceivedMessages()).stream().filter(message -> {
			try {
				return message.getSubject().contains(dossierCode);
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).toList();
	}

}
