package vn.onestop.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.onestop.support.security.test.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many calls in flight to one slow service all get through: Spring Cloud CircuitBreaker's own bulkhead (25 calls)
 * used to refuse the rest with 503 and open the breaker (docs/benchmarks.md, scenario a).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayConcurrencyTest {

	/** More than the old bulkhead's 25, less than one token's rate-limit burst (50). */
	private static final int IN_FLIGHT = 40;

	private static final WireMockServer intake = new WireMockServer(options().dynamicPort().containerThreads(IN_FLIGHT + 20));

	@Autowired
	private Environment environment;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		intake.start();
		registry.add("platform.services.intake-url", intake::baseUrl);
		registry.add("platform.services.citizen-url", () -> "http://localhost:" + FakeServices.closedPort());
		registry.add("platform.services.notification-url", () -> "http://localhost:" + FakeServices.closedPort());
	}

	@AfterAll
	static void stop() {
		intake.stop();
	}

	@Test
	void servesManyCallsInFlightToOneServiceWithoutRefusingAny() {
		intake.stubFor(get(urlPathMatching("/dossiers/.*")).willReturn(okJson("{\"ok\":true}").withFixedDelay(500)));
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		String token = TestTokens.bearer(TestTokens.officer("20242"));
		String gateway = "http://localhost:" + this.environment.getProperty("local.server.port");

		List<CompletableFuture<HttpResponse<String>>> calls = IntStream.range(0, IN_FLIGHT)
			.mapToObj(i -> http.sendAsync(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/intake/dossiers/D" + i))
				.header("Authorization", token)
				.build(),
					HttpResponse.BodyHandlers.ofString()))
			.toList();

		assertThat(calls.stream().map(CompletableFuture::join).map(HttpResponse::statusCode)).hasSize(IN_FLIGHT).containsOnly(200);
	}

}
