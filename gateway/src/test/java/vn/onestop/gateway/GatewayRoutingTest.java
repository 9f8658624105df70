package vn.onestop.gateway;

import java.util.List;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.onestop.support.security.test.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "20s")
@ExtendWith(OutputCaptureExtension.class)
class GatewayRoutingTest {

	private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	private static final FakeServices services = new FakeServices();

	@Autowired
	private WebTestClient client;

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
	@CsvSource({ "/api/v1/intake/procedures/P1?page=2, intake, /procedures/P1?page=2",
			"/api/v1/citizens/42/history, citizen, /citizens/42/history", "/api/v1/citizens, citizen, /citizens",
			"/api/v1/wards/20242/predecessors, citizen, /wards/20242/predecessors", "/api/v1/wards?q=hai, citizen, /wards?q=hai",
			"/api/v1/provinces, citizen, /provinces",
			"/api/v1/notifications/templates, notification, /templates", "/api/v1/docs/intake, intake, /v3/api-docs",
			"/api/v1/docs/citizen, citizen, /v3/api-docs", "/api/v1/docs/notification, notification, /v3/api-docs" })
	void routesEachPublicPathToItsServiceWithTheServicesOwnPath(String publicPath, String service, String servicePath) {
		this.client.get().uri(publicPath).exchange().expectStatus().isOk().expectBody().jsonPath("$.ok").isEqualTo(true);

		List<LoggedRequest> received = server(service).findAll(anyRequestedFor(anyUrl()));
		assertThat(received).singleElement().extracting(LoggedRequest::getUrl).isEqualTo(servicePath);
		services.all().stream().filter(s -> s != server(service)).forEach(s -> assertThat(s.getAllServeEvents()).isEmpty());
	}

	@Test
	void passesTheClientsTraceAndRequestIdToTheServiceAndLogsThem(CapturedOutput output) {
		this.client.get()
			.uri("/api/v1/intake/procedures")
			.header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
			.header("X-Request-Id", "req-abc-123")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Request-Id", "req-abc-123");

		LoggedRequest received = services.intake.findAll(anyRequestedFor(anyUrl())).get(0);
		assertThat(received.getHeader("X-Request-Id")).isEqualTo("req-abc-123");
		assertThat(received.getHeader("traceparent")).startsWith("00-" + TRACE_ID + "-");
		assertThat(awaitLine(output, "req-abc-123")).contains("http.access").contains(TRACE_ID).contains("/api/v1/intake/procedures");
	}

	@Test
	void generatesARequestIdAndTraceWhenTheClientSendsNone() {
		String requestId = this.client.get()
			.uri("/api/v1/wards")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst("X-Request-Id");

		LoggedRequest received = services.citizen.findAll(anyRequestedFor(anyUrl())).get(0);
		assertThat(requestId).matches("[0-9a-f-]{36}");
		assertThat(received.getHeader("X-Request-Id")).isEqualTo(requestId);
		assertThat(received.getHeader("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
	}

	@Test
	void answersWithExactlyOneRequestIdEvenWhenTheServiceEchoesItToo() {
		services.intake.stubFor(get(anyUrl()).willReturn(okJson("{}").withHeader("X-Request-Id", "req-1")));

		List<String> ids = this.client.get()
			.uri("/api/v1/intake/procedures")
			.header("X-Request-Id", "req-1")
			.exchange()
			.returnResult(String.class)
			.getResponseHeaders()
			.get("X-Request-Id");

		assertThat(ids).containsExactly("req-1");
	}

	@Test
	void retriesAGetOnceWhenTheConnectionFails() {
		services.intake.stubFor(get(urlEqualTo("/dossiers/X")).inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
			.willSetStateTo("recovered"));
		services.intake.stubFor(get(urlEqualTo("/dossiers/X")).inScenario("flaky")
			.whenScenarioStateIs("recovered")
			.willReturn(okJson("{\"code\":\"X\"}")));

		this.client.get().uri("/api/v1/intake/dossiers/X").exchange().expectStatus().isOk().expectBody().jsonPath("$.code").isEqualTo("X");

		assertThat(services.intake.findAll(anyRequestedFor(urlEqualTo("/dossiers/X")))).hasSize(2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "POST", "PUT", "PATCH", "DELETE" })
	void neverRetriesAChangeEvenWhenTheConnectionFails(String method) {
		services.intake.stubFor(any(urlEqualTo("/dossiers")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		this.client.method(org.springframework.http.HttpMethod.valueOf(method))
			.uri("/api/v1/intake/dossiers")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"procedure\":\"P1\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:onestop:problem:service-unavailable");

		assertThat(services.intake.findAll(anyRequestedFor(urlEqualTo("/dossiers")))).hasSize(1);
	}

	@Test
	void passesServiceProblemsThroughUnchanged() {
		services.citizen.stubFor(post(urlEqualTo("/citizens")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:onestop:problem:validation\",\"status\":400,\"errors\":[{\"field\":\"idNumber\"}]}")));

		this.client.post()
			.uri("/api/v1/citizens")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("idNumber");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/unknown", "/api/v2/intake/procedures", "/intake/procedures", "/api/v1/wardsX",
			"/api/v1/notifications/internal/events", "/api/v1/intake/internal/anything" })
	void answersUnknownRoutesWithANotFoundProblem(String path) {
		this.client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:onestop:problem:not-found")
			.jsonPath("$.requestId")
			.isNotEmpty();
		services.all().forEach(s -> assertThat(s.getAllServeEvents()).isEmpty());
	}

	@Test
	void refusesBodiesOverTheLimitWithoutBotheringTheService() {
		byte[] body = new byte[1024 * 1024 + 1];

		this.client.post()
			.uri("/api/v1/intake/dossiers")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:onestop:problem:payload-too-large");
		assertThat(services.intake.getAllServeEvents()).isEmpty();
	}

	@Test
	void exposesPrometheusMetricsWithCommonTagsAndNoPerPathTag() {
		this.client.get().uri("/api/v1/intake/dossiers/UNIQUE-PATH-7391").exchange().expectStatus().isOk();
		this.client.get().uri("/api/v1/nowhere-PATH-5521").exchange().expectStatus().isNotFound();

		String metrics = this.client.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.monitor()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(metrics).contains("application=\"gateway\"").contains("instance=\"")
			.contains("spring_cloud_gateway_requests_seconds_count{")
			.contains("routeId=\"intake\"")
			.doesNotContain("UNIQUE-PATH-7391")
			.doesNotContain("nowhere-PATH-5521");
	}

	@Test
	void exposesHealthWithProbesButNoOtherActuatorEndpoints() {
		this.client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
		this.client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
		// The shared security chain refuses every other actuator path, even to a staff token, before it is looked up.
		for (String hidden : List.of("/actuator/env", "/actuator/gateway/routes", "/actuator/metrics", "/actuator/beans",
				"/actuator/info", "/actuator/configprops")) {
			this.client.get().uri(hidden).exchange().expectStatus().isForbidden()
				.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	/** The access line is written when the exchange completes, which may be just after the client has its answer. */
	private static String awaitLine(CapturedOutput output, String marker) {
		java.time.Instant deadline = java.time.Instant.now().plusSeconds(10);
		while (java.time.Instant.now().isBefore(deadline)) {
			java.util.Optional<String> line = output.getOut().lines().filter(l -> l.contains("http.access") && l.contains(marker)).findFirst();
			if (line.isPresent()) {
				return line.get();
			}
			java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L);
		}
		throw new AssertionError("no access log line containing " + marker + " within 10 s");
	}

	@Test
	void hasNoDatabase() {
		assertThat(org.springframework.util.ClassUtils.isPresent("io.r2dbc.spi.ConnectionFactory", null)).isFalse();
		assertThat(org.springframework.util.ClassUtils.isPresent("javax.sql.DataSource", null)
				&& org.springframework.util.ClassUtils.isPresent("org.postgresql.Driver", null)).isFalse();
		this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.r2dbc").doesNotExist()
			.jsonPath("$.components.db").doesNotExist();
	}

	private static com.github.tomakehurst.wiremock.WireMockServer server(String name) {
		return switch (name) {
			case "intake" -> services.intake;
			case "citizen" -> services.citizen;
			default -> services.notification;
		};
	}

}
