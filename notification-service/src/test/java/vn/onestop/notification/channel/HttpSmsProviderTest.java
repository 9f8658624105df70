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

import org.springframework.web.reactive.function.client.WebClient;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

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

	private static HttpSmsProvider provider(URI url) {
		return provider(url, Duration.ofMillis(300));
	}

	private static HttpSmsProvider provider(URI url, Duration timeout) {
		return new HttpSmsProvider(new SmsProperties.Http("http", url, "Authorization", "", "application/json",
				"{\"to\":\"{{phone}}\",\"text\":\"{{text}}\",\"reference\":\"{{messageId}}\"}", "messageId", timeout),
				WebClient.builder());
	}

}
