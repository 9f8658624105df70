package vn.onestop.notification.delivery;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.onestop.notification.channel.Channel;
import vn.onestop.support.security.test.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * Queued messages wake the dispatcher: with a poll interval of an hour (its own database, so that no
 * other context's dispatcher sends them), only the wake-up can send them within the test's wait.
 */
@TestPropertySource(properties = { "platform.db.name=notification_wakeup", "notification.delivery.poll-interval=1h" })
class DispatchWakeUpIntegrationTest extends NotificationIntegrationTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@Autowired
	private QueueingMessage queueing;

	@Autowired
	private DatabaseClient database;

	@Autowired
	private WebTestClient client;

	@BeforeEach
	void healthyProvider() {
		SMS_PROVIDER.stubFor(post(urlEqualTo("/sms")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"status\":\"accepted\"}")));
	}

	@Test
	void aMessageQueuedOutsideATransactionIsSentWithoutWaitingForThePoll() {
		String dossier = "WAKE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		UUID id = this.queueing
			.queue(new QueueingMessage.Request(null, "DossierReceived", Channel.SMS, null, dossier, "20242", "0912000201",
					Map.of("dossierCode", dossier, "wardName", "Phường Đông Hòa", "appointment", "16:30 08/07/2025")))
			.single()
			.block(TIMEOUT)
			.id();

		await("the message is sent long before the next poll", () -> status(id).equals("SENT"));
	}

	@Test
	void theMessagesOfAnEventAreSentOnceTheEventsTransactionCommits() {
		String dossier = "WAKE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		this.client.post()
			.uri("/internal/events")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.service()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("""
					{"id":"%s","source":"intake-service","aggregateType":"Dossier","aggregateId":"%s",
					 "eventType":"DossierReceived","occurredAt":"2026-02-12T02:30:00Z",
					 "payload":{"dossierCode":"%s","wardCode":"20242","procedure":{"code":"HT-CHUNG-THUC","name":"Chứng thực bản sao"},
					  "appointmentAt":"2026-02-23T09:30:00+07:00",
					  "submitter":{"fullName":"Nguyễn Thị Lan","phone":"0912000202","email":"lan.wake@example.vn"}}}"""
				.formatted(UUID.randomUUID(), dossier, dossier))
			.exchange()
			.expectStatus()
			.isAccepted();

		await("the SMS and the e-mail are sent long before the next poll", () -> this.database
			.sql("select count(*) from message where dossier_code = :dossier and status = 'SENT'")
			.bind("dossier", dossier)
			.map(row -> row.get(0, Long.class))
			.one()
			.block(TIMEOUT) == 2);
	}

	private String status(UUID id) {
		return this.database.sql("select status from message where id = :id")
			.bind("id", id)
			.map(row -> row.get(0, String.class))
			.one()
			.block(TIMEOUT);
	}

}
