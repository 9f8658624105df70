package vn.onestop.notification.queue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.onestop.notification.delivery.NotificationIntegrationTest;
import vn.onestop.notification.sms.SmsSegments;
import vn.onestop.support.security.test.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intake's QueueTurnNear event, through the inbox, to the SMS provider (WireMock): one unaccented one-segment SMS
 * worded as intake's AlmostYourTurn.text, to the ticket's phone; nothing more on redelivery; nothing for a day that is
 * over or without a consented phone; never an e-mail.
 */
class QueueTurnNearTest extends NotificationIntegrationTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final String SERVICE = TestTokens.bearer(TestTokens.service());

	@Autowired
	private WebTestClient client;

	@Autowired
	private DatabaseClient database;

	/** Unique to the test, so the provider's requests of other tests never count. */
	private final String phone = "09" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));

	@BeforeEach
	void acceptEverySms() {
		SMS_PROVIDER.stubFor(post(urlEqualTo("/sms")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"messageId\":\"" + UUID.randomUUID() + "\"}")));
	}

	@Test
	void theTicketsPhoneGetsOneUnaccentedSmsWordedAsIntakeWordsIt() {
		UUID event = send(event("Phường Hải Châu", "A012", 3, this.phone, today(), null));

		await("the SMS is sent", () -> sentTexts().size() == 1);
		assertThat(sentTexts()).containsExactly("Sap den luot so A012 tai Phuong Hai Chau: con 3 nguoi truoc ban. "
				+ "Moi ong/ba co mat tai khu vuc cho de kip len quay.");
		assertThat(this.database.sql("select channel || ' ' || ward_code || ' ' || template_id || ' ' || dossier_code "
				+ "from message where event_id = :id")
			.bind("id", event)
			.map(row -> row.get(0, String.class))
			.all()
			.collectList()
			.block(TIMEOUT)).containsExactly("SMS 20242 queue-turn-near-sms A012/" + today());
	}

	@Test
	void theNextInLineIsToldSo() {
		send(event("Phường Đông Hòa", "B007", 0, this.phone, today(), null));

		await("the SMS is sent", () -> sentTexts().size() == 1);
		assertThat(sentTexts()).containsExactly("Sap den luot so B007 tai Phuong Dong Hoa: ban la nguoi tiep theo. "
				+ "Moi ong/ba co mat tai khu vuc cho de kip len quay.");
	}

	@Test
	void aRedeliveredEventSendsNothingMore() {
		String event = event("Phường Hải Châu", "A013", 2, this.phone, today(), null);
		UUID id = send(event);
		await("the SMS is sent", () -> sentTexts().size() == 1);

		send(event);
		awaitARoundOnThisClock();

		assertThat(sentTexts()).hasSize(1);
		assertThat(messagesOf(id)).isEqualTo(1);
	}

	@Test
	void anEventOfADayThatIsOverIsRecordedAndSendsNothing() {
		UUID id = send(event("Phường Hải Châu", "A014", 2, this.phone, today().minusDays(1), null));
		awaitARoundOnThisClock();

		assertThat(processed(id)).isEqualTo(1);
		assertThat(messagesOf(id)).isZero();
		assertThat(sentTexts()).isEmpty();
	}

	@Test
	void withoutAPhoneOrWithConsentWithdrawnNothingIsSentButTheEventIsRecorded() {
		UUID noPhone = send(event("Phường Hải Châu", "A015", 2, null, today(), null));
		UUID refused = send(event("Phường Hải Châu", "A016", 2, this.phone, today(), false));
		awaitARoundOnThisClock();

		assertThat(processed(noPhone) + processed(refused)).isEqualTo(2);
		assertThat(messagesOf(noPhone) + messagesOf(refused)).isZero();
		assertThat(sentTexts()).isEmpty();
	}

	@Test
	void aVeryLongWardNameIsShortenedAtAWordSoTheSmsStaysOneSegment() {
		send(event("Trung tâm Phục vụ hành chính công Phường Trương Quang Trọng, Tỉnh Quảng Ngãi, Việt Nam", "ABC999", 998,
				this.phone, today(), true));

		await("the SMS is sent", () -> sentTexts().size() == 1);
		String text = sentTexts().get(0);
		assertThat(text).hasSizeLessThanOrEqualTo(160).matches("[A-Za-z0-9 .,'()/:-]*");
		assertThat(SmsSegments.of(text).count()).isEqualTo(1);
		assertThat(text).isEqualTo("Sap den luot so ABC999 tai Trung tam Phuc vu hanh chinh cong Phuong: con 998 nguoi "
				+ "truoc ban. Moi ong/ba co mat tai khu vuc cho de kip len quay.");
	}

	private List<String> sentTexts() {
		JsonMapper json = new JsonMapper();
		return SMS_PROVIDER.findAll(postRequestedFor(urlEqualTo("/sms")).withRequestBody(containing("\"to\":\"" + this.phone + "\"")))
			.stream()
			.map(LoggedRequest::getBodyAsString)
			.map(body -> json.readTree(body).path("text").asString())
			.toList();
	}

	private UUID send(String event) {
		this.client.post()
			.uri("/internal/events")
			.header(HttpHeaders.AUTHORIZATION, SERVICE)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(event)
			.exchange()
			.expectStatus()
			.isAccepted();
		return UUID.fromString(event.substring(event.indexOf("\"id\":\"") + 6, event.indexOf("\"id\":\"") + 42));
	}

	private long messagesOf(UUID event) {
		return count("select count(*) from message where event_id = :id", event);
	}

	private long processed(UUID event) {
		return count("select count(*) from processed_event where event_id = :id", event);
	}

	private long count(String sql, UUID event) {
		return this.database.sql(sql).bind("id", event).map(row -> row.get(0, Long.class)).one().block(TIMEOUT);
	}

	private static LocalDate today() {
		return CLOCK.today();
	}

	/** The event as intake's outbox relay posts it; {@code smsConsent} only when given. */
	private static String event(String centerName, String number, int ahead, String phone, LocalDate day, Boolean consent) {
		UUID ticket = UUID.randomUUID();
		return """
				{"id":"%s","source":"intake-service","aggregateType":"queue-ticket","aggregateId":"%s",
				 "eventType":"QueueTurnNear","occurredAt":"%s",
				 "payload":{"ticketId":"%s","ward":"20242","centerName":"%s","number":"%s","peopleAhead":%d,
				  "phone":%s,"day":"%s"%s}}"""
			.formatted(UUID.randomUUID(), ticket, CLOCK.instant(), ticket, centerName, number, ahead,
					phone == null ? "null" : "\"" + phone + "\"", day, consent == null ? "" : ",\"smsConsent\":" + consent);
	}

}
