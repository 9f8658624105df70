package vn.onestop.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.onestop.notification.channel.Channel;
import vn.onestop.notification.channel.Channels;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An SMS the provider may have taken without our hearing so is never sent a second time: it waits as
 * UNKNOWN until the delivery receipt settles it.
 */
class AmbiguousSmsIntegrationTest extends NotificationIntegrationTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@Autowired
	private QueueingMessage queueing;

	@Autowired
	private MessageRepository messages;

	@Autowired
	private Channels channels;

	@Autowired
	private WebTestClient client;

	@Autowired
	private MeterRegistry registry;

	@BeforeEach
	void healthyProvider() {
		SMS_PROVIDER.resetAll();
		SMS_PROVIDER.stubFor(post(urlEqualTo("/sms")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"messageId\":\"prov-fast\"}")));
		this.channels.breaker(Channel.SMS).reset();
	}

	@Test
	void aProviderThatAnswersAfterTheTimeoutGetsOneRequestAndTheReceiptSettlesTheMessage() {
		// The client gives up after 10 s (NotificationIntegrationTest); the provider has taken the SMS by then.
		// A second request would be answered at once, so that a resend would show in the journal before the first.
		SMS_PROVIDER.stubFor(post(urlEqualTo("/sms")).atPriority(1)
			.withRequestBody(containing("0912000999"))
			.inScenario("late answer").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("answered")
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"messageId\":\"prov-late-1\"}")
				.withFixedDelay(14_000)));
		SMS_PROVIDER.stubFor(post(urlEqualTo("/sms")).atPriority(1)
			.withRequestBody(containing("0912000999"))
			.inScenario("late answer").whenScenarioStateIs("answered")
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"messageId\":\"prov-again\"}")));

		UUID id = queueSms("LATE-ANSWER", "0912000999");
		await("the message waits as unknown", () -> status(id) == MessageStatus.UNKNOWN);
		// WireMock journals a request once it has answered it, after its delay.
		await("the provider has answered the request", () -> !requestsFor(id).isEmpty());
		UUID later = queueSms("AFTER-LATE-ANSWER", "0912000888");
		await("a later message went out, so the dispatcher has run rounds since", () -> status(later) == MessageStatus.SENT);

		assertThat(requestsFor(id)).hasSize(1);
		assertThat(status(id)).isEqualTo(MessageStatus.UNKNOWN);
		assertThat(this.messages.attempts(id).collectList().block(TIMEOUT)).singleElement().satisfies(attempt -> {
			assertThat(attempt.outcome()).isEqualTo(Attempt.AttemptOutcome.UNKNOWN);
			assertThat(attempt.errorClass()).isEqualTo("TimeoutException");
		});
		assertThat(this.registry.get("onestop.notifications.unknown").tag("channel", "sms").counter().count())
			.isGreaterThanOrEqualTo(1);

		receipt(Map.of("messageId", "prov-late-1", "reference", id.toString(), "status", "DELIVERED"))
			.expectStatus().isOk()
			.expectBody().jsonPath("$.status").isEqualTo("DELIVERED");
		this.client.get().uri("/messages/{id}", id).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.status").isEqualTo("DELIVERED")
			.jsonPath("$.attemptHistory.length()").isEqualTo(1)
			.jsonPath("$.attemptHistory[0].outcome").isEqualTo("UNKNOWN");
		assertThat(requestsFor(id)).hasSize(1);
	}

	@Test
	void aMessageWhoseDispatcherDiedWithTheAttemptInFlightIsNotSentAgain() {
		// What a dispatcher leaves when it is killed after storing its attempt and before the provider answers:
		// the message claimed (SENDING, with a lease) and its attempt IN_FLIGHT.
		awaitARoundOnThisClock();
		Instant now = CLOCK.instant();
		Message claimed = new Message(UUID.randomUUID(), null, "DossierReceived", "KILLED-IN-FLIGHT", "26734", Channel.SMS,
				"0912000777", "dossier-received-sms", 1, null, "Ho so KILLED-IN-FLIGHT da duoc tiep nhan",
				MessageStatus.SENDING, 0, now.plus(Duration.ofMinutes(1)), null, null, now, null, true, null);
		this.messages.insert(claimed).block(TIMEOUT);
		assertThat(this.messages.startAttempt(claimed, "http", now).block(TIMEOUT)).isTrue();

		// It restarts, and its lease runs out.
		CLOCK.travelTo(LocalDateTime.ofInstant(now, MovableClock.VIETNAM).plusMinutes(2));
		await("the message waits as unknown", () -> status(claimed.id()) == MessageStatus.UNKNOWN);
		UUID later = queueSms("AFTER-KILL", "0912000666");
		await("a later message went out, so the dispatcher has run rounds since", () -> status(later) == MessageStatus.SENT);

		assertThat(requestsFor(claimed.id())).isEmpty();
		// Without a status query configured, it stays UNKNOWN however long it waits, and nothing asks the provider.
		CLOCK.travelTo(LocalDateTime.ofInstant(now, MovableClock.VIETNAM).plusMinutes(10));
		UUID muchLater = queueSms("LONG-AFTER-KILL", "0912000667");
		await("a message went out long after", () -> status(muchLater) == MessageStatus.SENT);
		assertThat(status(claimed.id())).isEqualTo(MessageStatus.UNKNOWN);
		assertThat(SMS_PROVIDER.getAllServeEvents()).allSatisfy(
				event -> assertThat(event.getRequest().getMethod().getName()).isEqualTo("POST"));
		assertThat(requestsFor(claimed.id())).isEmpty();
		assertThat(this.messages.find(claimed.id()).block(TIMEOUT).attempts()).isEqualTo(1);
		assertThat(this.messages.attempts(claimed.id()).collectList().block(TIMEOUT)).singleElement()
			.satisfies(attempt -> assertThat(attempt.outcome()).isEqualTo(Attempt.AttemptOutcome.UNKNOWN));

		receipt(Map.of("messageId", "prov-from-before-the-kill", "reference", claimed.id().toString(), "status", "FAILED"))
			.expectStatus().isOk()
			.expectBody().jsonPath("$.status").isEqualTo("PERMANENT_FAILURE");
		assertThat(status(claimed.id())).isEqualTo(MessageStatus.PERMANENT_FAILURE);
	}

	@Test
	void aSendThatTheBreakerStoppedLeavesNoAttemptInFlight() {
		this.channels.breaker(Channel.SMS).transitionToForcedOpenState();
		try {
			UUID id = queueSms("BREAKER-OPEN", "0912000555");
			await("the dispatcher has tried it", () -> this.messages.find(id).block(TIMEOUT).nextAttemptAt()
				.isAfter(CLOCK.instant().plus(Duration.ofMillis(100))) && status(id) == MessageStatus.CREATED);
			assertThat(this.messages.attempts(id).collectList().block(TIMEOUT)).isEmpty();
		}
		finally {
			this.channels.breaker(Channel.SMS).reset();
		}
	}

	private WebTestClient.ResponseSpec receipt(Map<String, String> body) {
		return this.client.post().uri("/receipts/http").header("X-Receipt-Token", RECEIPT_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private UUID queueSms(String dossier, String phone) {
		return this.queueing.queue(new QueueingMessage.Request(null, "DossierReceived", Channel.SMS, null, dossier, "26734",
				phone, Map.of("dossierCode", dossier, "wardName", "Phường Đông Hòa", "appointment", "16:30 08/07/2025",
						"citizenName", "Nguyễn Thị Thu Hương", "procedureName", "Đăng ký khai sinh")))
			.single()
			.block(TIMEOUT)
			.id();
	}

	private MessageStatus status(UUID id) {
		return this.messages.find(id).block(TIMEOUT).status();
	}

	private static List<ServeEvent> requestsFor(UUID id) {
		return SMS_PROVIDER.getAllServeEvents()
			.stream()
			.filter(event -> event.getRequest().getBodyAsString().contains(id.toString()))
			.toList();
	}

}
