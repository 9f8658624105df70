package vn.onestop.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.onestop.support.web.RawHttp;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the fuzzer found at the edge: requests the gateway refuses before routing them (an encoded slash or NUL,
 * '..', an over-long URI, over-large headers, a request line that is not HTTP) answer problem+json with a stable
 * type, as every other error does, and never reach a service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayBadRequestTest {

	private static final FakeServices services = new FakeServices();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		services.register(registry);
	}

	@AfterAll
	static void stop() {
		services.stop();
	}

	@BeforeEach
	void reset() {
		services.reset();
		services.all().forEach(s -> s.stubFor(any(anyUrl()).willReturn(okJson("{\"ok\":true}"))));
	}

	@ParameterizedTest
	@CsvSource({ "/api/v1/citizens/a%2Fb, rejected-path", "/api/v1/citizens/a%00b, rejected-path",
			"/api/v1/notifications/messages/%2e%2e/templates, rejected-path", "/api/v1/citizens/../wards, rejected-path",
			"/api/v1/wards/%252F, rejected-path", "/api/v1/citizens/a|b, malformed-request",
			"/api/v1/intake/procedures/%zz, malformed-request" })
	void refusesAPathNoRouteMayReceiveWithAProblem(String target, String kind) throws IOException {
		RawHttp.Answer answer = RawHttp.get(this.port, target, "");

		assertProblem(answer, 400, kind);
		services.all().forEach(service -> assertThat(service.getAllServeEvents()).isEmpty());
	}

	@Test
	void answersAnOverLongUriWith414AndAProblem() throws IOException {
		assertProblem(RawHttp.get(this.port, "/api/v1/wards?q=" + "a".repeat(10_000), ""), 414, "uri-too-long");
	}

	@Test
	void answersOverLargeHeadersWith431AndAProblem() throws IOException {
		assertProblem(RawHttp.get(this.port, "/api/v1/wards", "X-Padding: " + "p".repeat(20_000) + "\r\n"), 431,
				"headers-too-large");
	}

	@Test
	void answersARequestLineThatIsNotHttpWith400AndAProblem() throws IOException {
		assertProblem(RawHttp.send(this.port, "NOT AN HTTP REQUEST\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1)), 400,
				"malformed-request");
	}

	private static void assertProblem(RawHttp.Answer answer, int status, String kind) {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
		assertThat(answer.header("Content-Type")).as(answer.toString()).isEqualTo("application/problem+json");
		JsonNode problem = JsonMapper.builder().build().readTree(answer.body());
		assertThat(problem.get("type").asString()).isEqualTo("urn:onestop:problem:" + kind);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("requestId").asString()).isEqualTo(answer.header("X-Request-Id"));
	}

}
