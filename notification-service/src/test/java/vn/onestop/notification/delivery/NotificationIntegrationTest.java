package vn.onestop.notification.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.junit.jupiter.api.AfterEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.onestop.notification.channel.Channel;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

/**
 * The one application context of the template, channel and delivery tests: its own database, SMS
 * through the HTTP adapter to WireMock, e-mail to a GreenMail server, a fast dispatcher and breaker,
 * a clock the tests can move, and ward 79999 with an SMS budget of 5 segments a day. The default test
 * client acts as staff of every ward the tests use; the SMS provider's receipts carry {@link #RECEIPT_TOKEN}.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = { "platform.db.name=notification_it",
		"notification.sms.provider=HTTP", "notification.sms.brandname=UBND DHOA",
		"notification.sms.http.auth-header-name=X-Api-Key", "notification.sms.http.auth-header-value=test-key",
		"notification.sms.http.timeout=10s", "notification.smtp.starttls=false",
		"notification.smtp.from=motcua@donghoa.example.vn", "notification.delivery.poll-interval=50ms",
		"notification.delivery.max-attempts=6", "notification.delivery.retry.initial-backoff=100ms",
		"notification.delivery.retry.max-backoff=400ms", "notification.delivery.unknown-sms.interval=100ms", "notification.channels.breaker.sliding-window-size=4",
		"notification.channels.breaker.minimum-number-of-calls=4",
		"notification.channels.breaker.wait-in-open-state=500ms", "notification.sms-budget.wards.79999=5",
		"notification.sms-budget.gauge-refresh=100ms", "platform.security.test.staff-wards=20242,26734,31117,79999",
		"notification.sms.receipt-token=" + NotificationIntegrationTest.RECEIPT_TOKEN })
@AutoConfigureWebTestClient(timeout = "30s") // generous: the first request of a context is slow on a busy machine
@Import(MovableClock.Configuration.class)
public abstract class NotificationIntegrationTest {

	/** The secret the SMS provider sends with its delivery receipts. */
	protected static final String RECEIPT_TOKEN = "test-receipt-token-7f3a9c";

	/** The application's clock: daytime in Vietnam unless a test moves it; put back after each test. */
	protected static final MovableClock CLOCK = new MovableClock();

	protected static final WireMockServer SMS_PROVIDER = new WireMockServer(options().dynamicPort());

	protected static final GreenMail SMTP_SERVER = new GreenMail(
			new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	static {
		SMS_PROVIDER.start();
		SMTP_SERVER.start();
	}

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		registry.add("notification.sms.http.url", () -> SMS_PROVIDER.baseUrl() + "/sms");
		registry.add("notification.smtp.host", () -> "127.0.0.1");
		registry.add("notification.smtp.port", () -> SMTP_SERVER.getSmtp().getPort());
	}

	@Autowired
	private QueueingMessage probeQueue;

	@Autowired
	private MessageRepository probeMessages;

	@AfterEach
	void putTheClockBack() {
		CLOCK.reset();
	}

	/**
	 * Returns once the dispatcher has run a round that began after the clock was last put back. A test that claims a
	 * message by hand (SENDING, with a lease from this clock) calls it first: a round begun before the put-back still
	 * holds the previous test's clock, minutes or days ahead, and would take the message over as if its lease had run
	 * out. Rounds never overlap, so once a message queued now has been decided, every such round is over.
	 */
	protected void awaitARoundOnThisClock() {
		UUID probe = this.probeQueue.queue(new QueueingMessage.Request(null, "DossierReceived", Channel.EMAIL, null,
				"ROUND-PROBE", "26734", "round.probe@example.vn", Map.of("dossierCode", "ROUND-PROBE", "wardName",
						"Phường Đông Hòa", "appointment", "16:30 08/07/2025", "citizenName", "Nguyễn Thị Thu Hương",
						"procedureName", "Đăng ký khai sinh")))
			.single()
			.block(Duration.ofSeconds(10))
			.id();
		await("a dispatcher round on this test's clock", () -> {
			MessageStatus status = this.probeMessages.find(probe).block(Duration.ofSeconds(10)).status();
			return status != MessageStatus.CREATED && status != MessageStatus.SENDING;
		});
	}

	protected static void await(String what, BooleanSupplier condition) {
		Boolean met = Flux.interval(Duration.ZERO, Duration.ofMillis(25), Schedulers.boundedElastic())
			.map(tick -> condition.getAsBoolean())
			.filter(Boolean::booleanValue)
			.next()
			.timeout(Duration.ofSeconds(30), Mono.just(false))
			.block();
		if (!Boolean.TRUE.equals(met)) {
			fail("Timed out waiting until " + what);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
