package vn.onestop.notification.channel;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.web.reactive.function.client.WebClient;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a failed or silent send means: retry it, or wait for its receipt because it may have gone out. */
class HttpSmsProviderTest {

	private static final WireMockServer PROVIDER = new WireMockServer(options().dynamicPort());

	private final OutgoingMessage message = new OutgoingMessage(UUID.randomUUID(), Channel.SMS, "0912345678", null,
			"Ho so da duoc tiep nhan");

	@BeforeAll
	static void start() {
		PROVIDER.start();
	}

	@AfterAll
	static void stop() {
		PROVIDER.stop();
	}

	@BeforeEach
	void reset() {
		PROVIDER.resetAll();
	}

	@Test
	void aTimeoutAfterTheRequestWentOutIsAnUnknownOutcomeAndTheProviderSawOneRequest() {
		PROVIDER.stubFor(post(urlEqualTo("/sms")).willReturn(aResponse().withStatus(200).withBody("{\"messageId\":\"warm\"}")));
		PROVIDER.stubFor(post(urlEqualTo("/sms")).atPriority(1)
			.withRequestBody(containing(this.message.id().toString()))
			.willReturn(aResponse().withStatus(200).withBody("{\"messageId\":\"late-1\"}").withFixedDelay(10_000)));
		// A first send, with all the time it needs, opens a pooled connection and loads the client, so that the
		// one under test is written well within its timeout even on a busy machine.
		StepVerifier.create(provider(URI.create(PROVIDER.baseUrl() + "/sms"), Duration.ofSeconds(60))
			.send(new OutgoingMessage(UUID.randomUUID(), Channel.SMS, "0912345679", null, "warm"), "MOTCUA"))
			.expectNext("warm")
			.verifyComplete();
		HttpSmsProvider provider = provider(URI.create(PROVIDER.baseUrl() + "/sms"), Duration.ofSeconds(5));

		StepVerifier.create(provider.send(this.message, "MOTCUA"))
			.expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(ChannelException.class, failure -> {
				assertThat(failure.unknown()).isTrue();
				assertThat(failure.permanent()).isFalse();
			}))
			.verify(Duration.ofSeconds(30));

		// WireMock journals a request once it has answered it, after its delay.
		RequestPatternBuilder ours = postRequestedFor(urlEqualTo("/sms"))
			.withRequestBody(containing("\"reference\":\"" + this.message.id() + "\""));
		Flux.interval(Duration.ofMillis(50)).filter(tick -> !PROVIDER.findAll(ours).isEmpty()).next()
			.block(Duration.ofSeconds(30));
		PROVIDER.verify(1, ours);
	}

	@Test
	void aRefusedConnectionIsATemporaryFailureWorthRetrying() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}

		StepVerifier.create(provider(URI.create("http://127.0.0.1:" + closedPort + "/sms")).send(this.message, "MOTCUA"))
			.expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(ChannelException.class, failure -> {
				assertThat(failure.unknown()).isFalse();
				assertThat(failure.permanent()).isFalse();
			}))
			.verify(Duration.ofSeconds(10));
	}

	@Test
	void aRequestThatTimesOutInTheChannelAfterGoingOutIsAnUnknownOutcome() {
		PROVIDER.stubFor(post(urlEqualTo("/sms")).willReturn(aResponse().withStatus(200).withFixedDelay(4000)));
		try (SmtpEmailSender email = new SmtpEmailSender(new SmtpProperties("127.0.0.1", 25, "", "", false,
				"motcua@example.vn", 3025, Duration.ofSeconds(1), 1))) {
			Channels channels = new Channels(provider(URI.create(PROVIDER.baseUrl() + "/sms"), Duration.ofSeconds(30)),
					"MOTCUA", email, new ChannelsProperties(Duration.ofSeconds(2),
							new ChannelsProperties.Breaker(50, 10, 5, Duration.ofSeconds(30), 1)));

			StepVerifier.create(channels.send(this.message))
				.expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(ChannelException.class,
						failure -> assertThat(failure.unknown()).isTrue()))
				.verify(Duration.ofSeconds(10));
		}
	}

	@ParameterizedTest
	@CsvSource({ "200, '{\"status\":\"DELIVERED\"}', DELIVERED", "200, '{\"status\":\"delivered\"}', DELIVERED",
			"200, '{\"status\":\"ACCEPTED\"}', SENT", "200, '{\"status\":\"SENT\"}', SENT",
			"200, '{\"status\":\"FAILED\"}', FAILED", "200, '{\"status\":\"REJECTED\"}', FAILED",
			"200, '{\"status\":\"NOT_FOUND\"}', NOT_FOUND", "404, '', NOT_FOUND",
			"200, '{\"status\":\"QUEUED\"}', UNANSWERED", "200, '{\"state\":\"DELIVERED\"}', UNANSWERED",
			"200, 'not json', UNANSWERED", "200, '', UNANSWERED", "500, '{\"status\":\"DELIVERED\"}', UNANSWERED",
			"429, '', UNANSWERED", "401, '', UNANSWERED" })
	void theStatusQuerysAnswerSettlesOnlyWhatItClearlySays(int status, String body, SmsStatus expected) {
		PROVIDER.stubFor(get(urlEqualTo("/sms/" + this.message.id() + "/status"))
			.willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));

		// a generous timeout: every answer here comes at once, and a loaded machine must not turn one into UNANSWERED
		StepVerifier.create(provider(URI.create(PROVIDER.baseUrl() + "/sms"), Duration.ofSeconds(60),
				PROVIDER.baseUrl() + "/sms/{{reference}}/status").status(this.message.id()))
			.expectNext(expected)
			.verifyComplete();
	}

	@Test
	void aStatusQueryThatCannotBeReachedOrTimesOutIsUnanswered() {
		PROVIDER.stubFor(get(urlEqualTo("/sms/" + this.message.id() + "/status"))
			.willReturn(aResponse().withStatus(200).withBody("{\"status\":\"DELIVERED\"}").withFixedDelay(3000)));
		StepVerifier.create(provider(URI.create(PROVIDER.baseUrl() + "/sms"), Duration.ofMillis(300),
				PROVIDER.baseUrl() + "/sms/{{reference}}/status").status(this.message.id()))
			.expectNext(SmsStatus.UNANSWERED)
			.verifyComplete();
		StepVerifier.create(provider(URI.create("http://127.0.0.1:" + closedPort() + "/sms"), Duration.ofSeconds(5),
				"http://127.0.0.1:" + closedPort() + "/status?ref={{messageId}}").status(this.message.id()))
			.expectNext(SmsStatus.UNANSWERED)
			.verifyComplete();
	}

	@Test
	void withoutAStatusUrlTheProviderIsNotAsked() {
		HttpSmsProvider provider = provider(URI.create(PROVIDER.baseUrl() + "/sms"));
		assertThat(provider.answersStatus()).isFalse();
		StepVerifier.create(provider.status(this.message.id())).expectNext(SmsStatus.UNANSWERED).verifyComplete();
		assertThat(PROVIDER.getAllServeEvents()).isEmpty();
	}

	@Test
	void aStatusUrlMustNameTheMessage() {
		assertThatThrownBy(() -> provider(URI.create(PROVIDER.baseUrl() + "/sms"), Duration.ofSeconds(1),
				PROVIDER.baseUrl() + "/status")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("NOTIFICATION_SMS_HTTP_STATUS_URL");
	}

	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static HttpSmsProvider provider(URI url) {
		return provider(url, Duration.ofMillis(300));
	}

	private static HttpSmsProvider provider(URI url, Duration timeout) {
		return provider(url, timeout, "");
	}

	private static HttpSmsProvider provider(URI url, Duration timeout, String statusUrl) {
		return new HttpSmsProvider(new SmsProperties.Http("http", url, "Authorization", "", "application/json",
				"{\"to\":\"{{phone}}\",\"text\":\"{{text}}\",\"reference\":\"{{messageId}}\"}", "messageId", timeout,
				statusUrl), WebClient.builder());
	}

}
