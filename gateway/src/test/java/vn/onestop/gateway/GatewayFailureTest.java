package vn.onestop.gateway;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * intake answers too slowly, notification is down, citizen fails by dropping connections until its
 * breaker opens. Each case gets its own breaker, so the cases do not disturb each other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "platform.breaker.timeout=1s", "platform.breaker.minimum-calls=4",
				"platform.breaker.window=60s", "platform.breaker.open-for=60s" })
@AutoConfigureWebTestClient(timeout = "20s")
class GatewayFailureTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(1);

	private static final FakeServices services = new FakeServices();

	@Autowired
	private WebTestClient client;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		services.register(registry);
		registry.add("platform.services.notification-url", () -> "http://localhost:" + FakeServices.closedPort());
	}

	@AfterAll
	static void stop() {
		services.stop();
	}

	@Test
	void answersGatewayTimeoutWhenAServiceIsTooSlowAndDoesNotWaitForIt() {
		services.intake.stubFor(any(anyUrl()).willReturn(aResponse().withFixedDelay(10_000).withBody("late")));

		Instant start = Instant.now();
		this.client.get()
			.uri("/api/v1/intake/procedures")
			.exchange()
			.expectStatus()
			.isEqualTo(504)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:onestop:problem:upstream-timeout")
			.jsonPath("$.status").isEqualTo(504)
			.jsonPath("$.instance").isEqualTo("/api/v1/intake/procedures")
			.jsonPath("$.requestId").isNotEmpty();

		assertThat(Duration.between(start, Instant.now())).isLessThan(TIMEOUT.plusSeconds(2));
	}

	@Test
	void answersServiceUnavailableAtOnceWhenAServiceIsDown() {
		Instant start = Instant.now();
		this.client.post()
			.uri("/api/v1/notifications/sms/preview")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"text\":\"xin chao\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.exists("Retry-After")
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:onestop:problem:service-unavailable")
			.jsonPath("$.title").isEqualTo("Service unavailable")
			.jsonPath("$.detail").isNotEmpty();

		assertThat(Duration.between(start, Instant.now())).isLessThan(TIMEOUT);
	}

	@Test
	void opensTheBreakerAfterRepeatedFailuresAndStopsCallingTheService() {
		services.citizen.stubFor(any(anyUrl()).willReturn(aResponse().withFault(
				com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
		for (int i = 0; i < 4; i++) {
			this.client.post().uri("/api/v1/citizens").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
				.exchange().expectStatus().isEqualTo(503);
		}
		int callsBeforeOpen = services.citizen.findAll(anyRequestedFor(anyUrl())).size();
		services.citizen.stubFor(any(anyUrl()).willReturn(serverError()));

		this.client.get()
			.uri("/api/v1/wards/20242")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.valueEquals("Retry-After", "60")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:onestop:problem:service-unavailable");

		assertThat(callsBeforeOpen).isEqualTo(4);
		assertThat(services.citizen.findAll(anyRequestedFor(anyUrl()))).hasSize(callsBeforeOpen);
	}

}
