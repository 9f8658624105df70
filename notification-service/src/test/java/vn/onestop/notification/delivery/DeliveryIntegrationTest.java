package vn.onestop.notification.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.onestop.notification.channel.Channel;
import vn.onestop.notification.channel.Channels;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class DeliveryIntegrationTest extends NotificationIntegrationTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@Autowired
	private QueueingMessage queueing;

	@Autowired
	private MessageRepository messages;

	@Autowired
	private Channels channels;

	@Autowired
	private WebTestClient client;

	@BeforeEach
	void healthyProvider() {
		SMS_PROVIDER.resetAll();
		SMS_PROVIDER.stubFor(post(urlEqualTo("/sms")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"status\":\"accepted\"}")));
		this.channels.breaker(Channel.SMS).reset();
	}

	@Test
	void sendsEveryMessageExactlyOnceThroughAProviderOutage() {
		List<CircuitBreaker.StateTransition> transitions = new CopyOnWriteArrayList<>();
		this.channels.breaker(Channel.SMS).getEventPublisher().onStateTransition(event -> transitions.add(event.getStateTransition()));
		StubMapping unavailable = SMS_PROVIDER
			.stubFor(post(urlEqualTo("/sms")).atPriority(1).willReturn(aResponse().withStatus(503)));

		List<UUID> ids = IntStream.range(0, 6).mapToObj(i -> queueSms("OUTAGE-" + i, "091234567" + i)).toList();

		await("the breaker opens", () -> transitions.contains(CircuitBreaker.StateTransition.CLOSED_TO_OPEN));
		SMS_PROVIDER.removeStub(unavailable);
		StubMapping resetting = SMS_PROVIDER.stubFor(post(urlEqualTo("/sms")).atPriority(1)
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		int beforeResets = SMS_PROVIDER.getAllServeEvents().size();
		await("two more failed calls", () -> SMS_PROVIDER.getAllServeEvents().size() >= beforeResets + 2);
		SMS_PROVIDER.removeStub(resetting);

		await("every message is sent", () -> ids.stream().allMatch(id -> status(id) == MessageStatus.SENT));

		assertThat(transitions).contains(CircuitBreaker.StateTransition.CLOSED_TO_OPEN,
				CircuitBreaker.StateTransition.HALF_OPEN_TO_CLOSED);
		for (UUID id : ids) {
			Message message = this.messages.find(id).block(TIMEOUT);
			List<ServeEvent> requests = requestsFor(id);
			assertThat(requests.stream().filter(DeliveryIntegrationTest::accepted)).hasSize(1);
			assertThat(message.attempts()).isEqualTo(requests.size());
			List<Attempt> attempts = this.messages.attempts(id).collectList().block(TIMEOUT);
			assertThat(attempts).hasSize(message.attempts());
			assertThat(attempts.get(attempts.size() - 1).outcome()).isEqualTo(Attempt.AttemptOutcome.SENT);
			assertThat(attempts.subList(0, attempts.size() - 1)).allSatisfy(attempt -> {
				assertThat(attempt.outcome()).isEqualTo(Attempt.AttemptOutcome.TEMPORARY_FAILURE);
				assertThat(attempt.errorClass()).isNotBlank().doesNotContain("0912");
			});
		}
		assertThat(SMS_PROVIDER.getAllServeEvents().stream().filter(DeliveryIntegrationTest::accepted))
			.hasSize(ids.size());
	}

	@Test
	void postsTheFoldedTextWithBrandnameAndAuthHeader() {
		UUID id = queueSms("HEADERS", "+84 912 345 678");

		await("the message is sent", () -> status(id) == MessageStatus.SENT);

		SMS_PROVIDER.verify(1, postRequestedFor(urlEqualTo("/sms")).withHeader("X-Api-Key", equalTo("test-key"))
			.withHeader("Content-Type", containing("application/json"))
			.withRequestBody(containing("\"to\":\"0912345678\""))
			.withRequestBody(containing("\"from\":\"UBND DHOA\""))
			.withRequestBody(containing("\"reference\":\"" + id + "\""))
			.withRequestBody(containing("Phuong Dong Hoa: Ho so HEADERS da duoc tiep nhan. Ngay hen tra ket qua: 16:30 08/07/2025.")));
	}

	@Test
	void doesNotRetryAPermanentRefusal() {
		SMS_PROVIDER.stubFor(post(urlEqualTo("/sms")).atPriority(1)
			.withRequestBody(containing("0987654321"))
			.willReturn(aResponse().withStatus(400).withBody("{\"error\":\"invalid number\"}")));

		UUID refused = queueSms("REFUSED", "0987654321");
		await("the message is refused", () -> status(refused) == MessageStatus.PERMANENT_FAILURE);
		UUID later = queueSms("AFTER-REFUSED", "0912000111");
		await("a later message is sent", () -> status(later) == MessageStatus.SENT);

		assertThat(requestsFor(refused)).hasSize(1);
		assertThat(this.messages.find(refused).block(TIMEOUT).attempts()).isEqualTo(1);
		assertThat(this.messages.attempts(refused).collectList().block(TIMEOUT)).singleElement().satisfies(attempt -> {
			assertThat(attempt.outcome()).isEqualTo(Attempt.AttemptOutcome.PERMANENT_FAILURE);
			assertThat(attempt.errorClass()).isEqualTo("HTTP_400");
		});
	}

	@Test
	void givesUpAsATechnicalFailureAfterTheConfiguredAttempts() {
		SMS_PROVIDER.stubFor(post(urlEqualTo("/sms")).atPriority(1)
			.withRequestBody(containing("0977000222"))
			.willReturn(aResponse().withStatus(502)));

		UUID id = queueSms("EXHAUSTED", "0977000222");
		await("the message fails for good", () -> status(id) == MessageStatus.TECHNICAL_FAILURE);

		assertThat(requestsFor(id)).hasSize(6);
		assertThat(this.messages.attempts(id).collectList().block(TIMEOUT)).hasSize(6)
			.allSatisfy(attempt -> assertThat(attempt.errorClass()).isEqualTo("HTTP_502"))
			.extracting(Attempt::at)
			.isSorted();
	}

	@Test
	void sendsUtf8VietnameseEmailThroughSmtp() throws Exception {
		String dossier = "EMAIL-" + UUID.randomUUID().toString().substring(0, 8);
		UUID id = this.queueing.queue(request(dossier, "DossierReceived", Channel.EMAIL, null, "Cong.Dan@Example.VN"))
			.blockLast(TIMEOUT)
			.id();

		await("the e-mail is sent", () -> status(id) == MessageStatus.SENT);

		MimeMessage received = List.of(SMTP_SERVER.getReceivedMessages()).stream()
			.filter(mail -> {
				try {
					return mail.getSubject().contains(dossier);
				}
				catch (Exception ex) {
					return false;
				}
			})
			.findFirst()
			.orElseThrow();
		assertThat(received.getSubject()).isEqualTo("Hồ sơ " + dossier + " đã được tiếp nhận");
		assertThat(received.getAllRecipients()).extracting(Object::toString).containsExactly("Cong.Dan@example.vn");
		assertThat(received.getFrom()).extracting(Object::toString).containsExactly("motcua@donghoa.example.vn");
		assertThat(received.getContentType()).containsIgnoringCase("charset=UTF-8");
		assertThat((String) received.getContent()).contains("Kính gửi ông/bà Nguyễn Thị Thu Hương")
			.contains("Phường Đông Hòa đã tiếp nhận hồ sơ " + dossier + " (Đăng ký khai sinh).");
	}

	@Test
	void queuesTheReturnNoticeAndACondolenceForADeathRegistration() {
		String dossier = "DEATH-" + UUID.randomUUID().toString().substring(0, 8);
		List<QueueingMessage.QueuedMessage> queued = this.queueing
			.queue(request(dossier, "Returned", Channel.SMS, "DEATH", "0912345678"))
			.collectList()
			.block(TIMEOUT);

		assertThat(queued).extracting(QueueingMessage.QueuedMessage::templateId)
			.containsExactly("returned-sms", "returned-death-courtesy-sms");
		await("both are sent", () -> queued.stream().allMatch(message -> status(message.id()) == MessageStatus.SENT));
		this.client.get()
			.uri("/messages?dossier={dossier}", dossier)
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.total").isEqualTo(2)
			.jsonPath("$.items[?(@.templateId == 'returned-death-courtesy-sms')].text")
			.isEqualTo("Thanh kinh chia buon cung gia dinh Nguyen Thi Thu Huong. Phuong Dong Hoa xin duoc chia se noi mat mat lon nay.")
			.jsonPath("$.items[0].recipient").isEqualTo("0912****78")
			.jsonPath("$.items[0].status").isEqualTo("SENT");
	}

	@Test
	void queuesAnEventOnceHoweverOftenItArrives() {
		UUID eventId = UUID.randomUUID();
		QueueingMessage.Request request = new QueueingMessage.Request(eventId, "Returned", Channel.SMS, "BIRTH",
				"TWICE-" + eventId.toString().substring(0, 8), "26734", "0912345678", values("TWICE"));

		assertThat(this.queueing.queue(request).collectList().block(TIMEOUT)).hasSize(2);
		assertThat(this.queueing.queue(request).collectList().block(TIMEOUT)).isEmpty();
		assertThat(this.messages.count(MessageRepository.Filter.of("26734", request.dossierCode())).block(TIMEOUT))
			.isEqualTo(2);
	}

	@Test
	void recordsDeliveryReceipts() {
		UUID id = queueSms("RECEIPT", "0912345670");
		await("the message is sent", () -> status(id) == MessageStatus.SENT);
		String providerId = this.messages.find(id).block(TIMEOUT).providerMessageId();

		for (int i = 0; i < 2; i++) {
			this.client.post().uri("/receipts/http").header("X-Receipt-Token", RECEIPT_TOKEN).contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("messageId", providerId, "status", "DELIVERED"))
				.exchange()
				.expectStatus().isOk()
				.expectBody()
				.jsonPath("$.status").isEqualTo("DELIVERED");
		}
		this.client.get().uri("/messages/{id}", id).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.status").isEqualTo("DELIVERED")
			.jsonPath("$.recipient").isEqualTo("0912****70")
			.jsonPath("$.templateId").isEqualTo("dossier-received-sms")
			.jsonPath("$.templateVersion").isEqualTo(1)
			.jsonPath("$.attemptHistory.length()").isEqualTo(1)
			.jsonPath("$.attemptHistory[0].outcome").isEqualTo("SENT");
		this.client.post().uri("/receipts/http").header("X-Receipt-Token", RECEIPT_TOKEN).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("messageId", providerId, "status", "FAILED"))
			.exchange()
			.expectStatus().isEqualTo(409);
		this.client.post().uri("/receipts/http").header("X-Receipt-Token", RECEIPT_TOKEN).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("messageId", "no-such-id", "status", "DELIVERED"))
			.exchange()
			.expectStatus().isNotFound();
		this.client.post().uri("/receipts/other").header("X-Receipt-Token", RECEIPT_TOKEN).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("messageId", providerId, "status", "DELIVERED"))
			.exchange()
			.expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void answersBadQueriesAndUnknownMessagesWithProblems() {
		this.client.get().uri("/messages?status=LOST").exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.type").isEqualTo("urn:onestop:problem:invalid-parameter");
		this.client.get().uri("/messages?size=1000").exchange().expectStatus().isBadRequest();
		this.client.get().uri("/messages/{id}", UUID.randomUUID()).exchange()
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.type").isEqualTo("urn:onestop:problem:message-not-found");
	}

	@Test
	void answersABlankMessageIdWithABadRequestNamingIt() {
		// found by the fuzzer: GET /api/v1/notifications/messages/%20 was a 500
		this.client.get().uri("/messages/{id}", " ").exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:onestop:problem:invalid-parameter")
			.jsonPath("$.errors[0].field").isEqualTo("id");
	}

	private UUID queueSms(String dossier, String phone) {
		return this.queueing.queue(request(dossier, "DossierReceived", Channel.SMS, null, phone))
			.single()
			.block(TIMEOUT)
			.id();
	}

	private static QueueingMessage.Request request(String dossier, String eventType, Channel channel, String group,
			String recipient) {
		return new QueueingMessage.Request(null, eventType, channel, group, dossier, "26734", recipient, values(dossier));
	}

	private static Map<String, String> values(String dossier) {
		return Map.of("dossierCode", dossier, "wardName", "Phường Đông Hòa", "appointment", "16:30 08/07/2025",
				"citizenName", "Nguyễn Thị Thu Hương", "procedureName", "Đăng ký khai sinh");
	}

	private MessageStatus status(UUID id) {
		return this.messages.find(id).block(TIMEOUT).status();
	}

	private static boolean accepted(ServeEvent event) {
		return event.getResponse().getFault() == null && event.getResponse().getStatus() == 200;
	}

	private static List<ServeEvent> requestsFor(UUID id) {
		return SMS_PROVIDER.getAllServeEvents()
			.stream()
			.filter(event -> event.getRequest().getBodyAsString().contains(id.toString()))
			.toList();
	}

}
