package vn.onestop.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import vn.onestop.notification.channel.Channel;
import vn.onestop.notification.channel.Channels;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the provider's status query configured, an SMS whose dispatcher died with its attempt in flight
 * (UNKNOWN) is settled by asking the provider once no receipt came within a minute: sent once if the
 * provider never got it, settled as the provider says if it did, left UNKNOWN if the question goes unanswered.
 */
@TestPropertySource(properties = "platform.db.name=notification_settle")
class SettlingUnknownSmsIntegrationTest extends NotificationIntegrationTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@Autowired
	private MessageRepository messages;

	@Autowired
	private UnknownSmsRepository unknown;

	@Autowired
	private Channels channels;

	@Autowired
	private MeterRegistry registry;

	@DynamicPropertySource
	static void statusQuery(DynamicPropertyRegistry registry) {
		registry.add("notification.sms.http.status-url", () -> SMS_PROVIDER.baseUrl() + "/sms/{{reference}}/status");
	}

	@BeforeEach
	void healthyProvider() {
		SMS_PROVIDER.resetAll();
		SMS_PROVIDER.stubFor(post(urlEqualTo("/sms")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"messageId\":\"prov-resent\"}")));
		this.channels.breaker(Channel.SMS).reset();
	}

	@Test
	void anSmsTheProviderNeverReceivedIsSentOnceAfterTheStatusQuerySaysNotFound() {
		UUID id = abandonedInFlight("NEVER-REACHED", "0912000111");
		SMS_PROVIDER.stubFor(get(urlEqualTo("/sms/" + id + "/status")).willReturn(aResponse().withStatus(404)));

		afterTheWait();
		await("the message is sent", () -> status(id) == MessageStatus.SENT);

		assertThat(sendRequestsFor(id)).hasSize(1);
		assertThat(statusQueriesFor(id)).hasSize(1);
		assertThat(this.messages.attempts(id).collectList().block(TIMEOUT)).extracting(Attempt::outcome)
			.containsExactly(Attempt.AttemptOutcome.UNKNOWN, Attempt.AttemptOutcome.SENT);
		assertThat(queries("resent")).isGreaterThanOrEqualTo(1);
	}

	@Test
	void anSmsTheProviderHasIsSettledAsItSaysAndNotSentAgain() {
		UUID id = abandonedInFlight("REACHED", "0912000222");
		SMS_PROVIDER.stubFor(get(urlEqualTo("/sms/" + id + "/status")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"status\":\"DELIVERED\"}")));

		afterTheWait();
		await("the message is delivered", () -> status(id) == MessageStatus.DELIVERED);

		assertThat(sendRequestsFor(id)).isEmpty();
		assertThat(this.messages.find(id).block(TIMEOUT).attempts()).isEqualTo(1);
		assertThat(queries("delivered")).isGreaterThanOrEqualTo(1);
	}

	@Test
	void anUnansweredStatusQueryLeavesTheMessageUnknownAndAsksAgainLater() {
		UUID id = abandonedInFlight("NO-ANSWER", "0912000333");
		SMS_PROVIDER.stubFor(get(urlEqualTo("/sms/" + id + "/status")).willReturn(aResponse().withStatus(503)));

		afterTheWait();
		await("the provider was asked", () -> !statusQueriesFor(id).isEmpty());
		await("the next question is put off", () -> this.messages.find(id).block(TIMEOUT).nextAttemptAt()
			.isAfter(CLOCK.instant().plus(Duration.ofSeconds(30))));

		assertThat(status(id)).isEqualTo(MessageStatus.UNKNOWN);
		assertThat(sendRequestsFor(id)).isEmpty();
		assertThat(statusQueriesFor(id)).hasSize(1);

		// Asked again once the backoff has passed; this time the provider answers.
		SMS_PROVIDER.stubFor(get(urlEqualTo("/sms/" + id + "/status")).atPriority(1).willReturn(aResponse()
			.withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"status\":\"FAILED\"}")));
		CLOCK.travelTo(LocalDateTime.ofInstant(CLOCK.instant(), MovableClock.VIETNAM).plusMinutes(30));
		await("the message is settled as failed", () -> status(id) == MessageStatus.PERMANENT_FAILURE);
		assertThat(sendRequestsFor(id)).isEmpty();
	}

	@Test
	void aMessageAReceiptSettledWhileTheProviderWasAskedIsLeftAlone() {
		UUID id = UUID.randomUUID();
		Instant now = CLOCK.instant();
		this.messages.insert(inFlight(id, "SETTLED-MEANWHILE", "0912000444", now)).block(TIMEOUT);
		Message claimed = this.messages.find(id).block(TIMEOUT);
		assertThat(this.messages.changeStatus(claimed, MessageStatus.UNKNOWN, "prov-receipt").block(TIMEOUT)).isTrue();
		Message unknownMessage = this.messages.find(id).block(TIMEOUT);
		assertThat(this.messages.changeStatus(unknownMessage, MessageStatus.DELIVERED, "prov-receipt").block(TIMEOUT))
			.isTrue();

		assertThat(this.unknown.settle(id, MessageStatus.TEMPORARY_FAILURE, now).block(TIMEOUT)).isFalse();
		assertThat(status(id)).isEqualTo(MessageStatus.DELIVERED);
	}

	/** What a dispatcher killed after storing its attempt leaves, once its lease has run out: an UNKNOWN SMS. */
	private UUID abandonedInFlight(String dossier, String phone) {
		awaitARoundOnThisClock();
		Instant now = CLOCK.instant();
		Message claimed = inFlight(UUID.randomUUID(), dossier, phone, now);
		this.messages.insert(claimed).block(TIMEOUT);
		assertThat(this.messages.startAttempt(claimed, "http", now).block(TIMEOUT)).isTrue();
		CLOCK.travelTo(LocalDateTime.ofInstant(now, MovableClock.VIETNAM).plusMinutes(2));
		await("the message waits as unknown", () -> status(claimed.id()) == MessageStatus.UNKNOWN);
		assertThat(statusQueriesFor(claimed.id())).as("not asked before the wait").isEmpty();
		return claimed.id();
	}

	private static Message inFlight(UUID id, String dossier, String phone, Instant now) {
		return new Message(id, null, "DossierReceived", dossier, "26734", Channel.SMS, phone, "dossier-received-sms", 1,
				null, "Ho so " + dossier + " da duoc tiep nhan", MessageStatus.SENDING, 0, now.plus(Duration.ofMinutes(1)),
				null, null, now, null, true, null);
	}

	/** A minute and more after the message became UNKNOWN (the wait for its receipt). */
	private static void afterTheWait() {
		CLOCK.travelTo(LocalDateTime.ofInstant(CLOCK.instant(), MovableClock.VIETNAM).plusMinutes(2));
	}

	private MessageStatus status(UUID id) {
		return this.messages.find(id).block(TIMEOUT).status();
	}

	private double queries(String outcome) {
		return this.registry.get("onestop.notifications.unknown.queries")
			.tag("channel", "sms")
			.tag("outcome", outcome)
			.counter()
			.count();
	}

	private static List<ServeEvent> sendRequestsFor(UUID id) {
		return SMS_PROVIDER.getAllServeEvents()
			.stream()
			.filter(event -> event.getRequest().getMethod().getName().equals("POST"))
			.filter(event -> event.getRequest().getBodyAsString().contains(id.toString()))
			.toList();
	}

	private static List<ServeEvent> statusQueriesFor(UUID id) {
		return SMS_PROVIDER.getAllServeEvents()
			.stream()
			.filter(event -> event.getRequest().getMethod().getName().equals("GET"))
			.filter(event -> event.getRequest().getUrl().equals("/sms/" + id + "/status"))
			.toList();
	}

}
