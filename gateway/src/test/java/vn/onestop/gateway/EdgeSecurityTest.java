package vn.onestop.gateway;

import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.onestop.support.security.Caller;
import vn.onestop.support.security.Role;
import vn.onestop.support.security.dev.DevIssuer;
import vn.onestop.support.security.test.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edge: which routes answer without a token, that a missing, forged or expired token never reaches a service,
 * that a valid one reaches it unchanged, the audit routes, metrics, CORS and security headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "platform.security.cors-allowed-origins=https://portal.onestop.example",
				// this class sends dozens of refused tokens from one address; GatewayRateLimitTest covers that limit
				"platform.rate-limit.rejected.burst=100000" })
@AutoConfigureWebTestClient(timeout = "20s")
class EdgeSecurityTest {

	private static final String PORTAL = "https://portal.onestop.example";

	private static final FakeServices services = new FakeServices();

	@Autowired
	private WebTestClient client;

	private WebTestClient anonymous;

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
		this.anonymous = TestTokens.anonymous(this.client);
	}

	@ParameterizedTest
	@CsvSource({ "GET, /api/v1/intake/dossiers/HS-1", "POST, /api/v1/intake/dossiers", "GET, /api/v1/intake/statistics",
			"PUT, /api/v1/intake/calendar/2026", "POST, /api/v1/intake/procedures", "GET, /api/v1/citizens",
			"GET, /api/v1/citizens/42/history", "GET, /api/v1/wards", "POST, /api/v1/wards/mergers",
			"GET, /api/v1/notifications/templates", "GET, /api/v1/audit/intake", "GET, /api/v1/audit/citizen",
			"GET, /api/v1/audit/notification", "POST, /api/v1/intake/dossiers/HS-1/actions/accept",
			"POST, /api/v1/intake/queue/20242/tickets", "GET, /api/v1/intake/queue/20242/tickets",
			"PUT, /api/v1/intake/queue/20242/setup", "GET, /api/v1/intake/queue/20242/statistics" })
	void refusesAProtectedRouteWithoutATokenAndNeverCallsTheService(String method, String path) {
		this.anonymous.method(HttpMethod.valueOf(method))
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:onestop:problem:unauthenticated");
		assertNoServiceCalled();
	}

	@ParameterizedTest
	@CsvSource({ "GET, /api/v1/intake/procedures, intake, /procedures",
			"GET, /api/v1/intake/procedures/P1?page=2, intake, /procedures/P1?page=2",
			"GET, /api/v1/intake/calendar/due-time?procedure=P1, intake, /calendar/due-time?procedure=P1",
			"GET, /api/v1/intake/calendar/2026, intake, /calendar/2026", "POST, /api/v1/intake/lookup, intake, /lookup",
			"POST, /api/v1/intake/dossiers/HS-1/rating, intake, /dossiers/HS-1/rating",
			"GET, /api/v1/intake/queue/20242/board, intake, /queue/20242/board",
			"GET, /api/v1/intake/queue/20242/events, intake, /queue/20242/events",
			"GET, /api/v1/wards/20242, citizen, /wards/20242",
			"GET, /api/v1/docs/intake, intake, /v3/api-docs", "GET, /api/v1/docs/citizen, citizen, /v3/api-docs",
			"GET, /api/v1/docs/notification, notification, /v3/api-docs",
			"POST, /api/v1/notifications/receipts/vendor, notification, /receipts/vendor" })
	void answersPublicRoutesWithoutAToken(String method, String path, String service, String servicePath) {
		this.anonymous.method(HttpMethod.valueOf(method))
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isOk();

		List<LoggedRequest> received = server(service).findAll(anyRequestedFor(anyUrl()));
		assertThat(received).singleElement().satisfies(request -> {
			assertThat(request.getUrl()).isEqualTo(servicePath);
			assertThat(request.containsHeader(HttpHeaders.AUTHORIZATION)).isFalse();
		});
	}

	@ParameterizedTest
	@MethodSource("forgedTokens")
	void refusesAForgedOrExpiredTokenAtTheGateway(String token) {
		this.anonymous.get()
			.uri("/api/v1/citizens")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:onestop:problem:unauthenticated");
		assertNoServiceCalled();
	}

	static List<String> forgedTokens() {
		Caller admin = new Caller("mallory", Set.of(Role.PLATFORM_ADMIN, Role.OFFICER), Set.of("20242"), null);
		String genuine = TestTokens.officer("20242");
		String[] parts = genuine.split("\\.");
		String elevatedClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(
				("{\"iss\":\"" + TestTokens.issuer().issuer() + "\",\"sub\":\"mallory\",\"roles\":[\"PLATFORM_ADMIN\"],"
						+ "\"exp\":" + Instant.now().plusSeconds(3600).getEpochSecond() + "}").getBytes());
		String noneHeader = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
		try (DevIssuer stranger = DevIssuer.start(0)) {
			JWTClaimsSet claimingOurIssuer = new JWTClaimsSet.Builder().issuer(TestTokens.issuer().issuer())
				.subject("mallory")
				.expirationTime(Date.from(Instant.now().plusSeconds(3600)))
				.claim("roles", List.of("PLATFORM_ADMIN"))
				.build();
			JWTClaimsSet expired = new JWTClaimsSet.Builder().issuer(TestTokens.issuer().issuer())
				.subject("officer")
				.issueTime(Date.from(Instant.now().minusSeconds(7200)))
				.expirationTime(Date.from(Instant.now().minusSeconds(3600)))
				.claim("roles", List.of("OFFICER"))
				.build();
			return List.of(stranger.mint(admin, java.time.Duration.ofHours(1)), stranger.sign(claimingOurIssuer),
					TestTokens.issuer().sign(expired), parts[0] + "." + elevatedClaims + "." + parts[2],
					noneHeader + "." + elevatedClaims + ".", "not-a-token");
		}
	}

	@Test
	void passesAValidTokenToTheServiceUnchanged() {
		String token = TestTokens.officer("20242");

		this.anonymous.get()
			.uri("/api/v1/intake/dossiers/HS-1")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token))
			.exchange()
			.expectStatus()
			.isOk();

		LoggedRequest received = services.intake.findAll(anyRequestedFor(anyUrl())).get(0);
		assertThat(received.getUrl()).isEqualTo("/dossiers/HS-1");
		assertThat(received.getHeaders().getHeader(HttpHeaders.AUTHORIZATION).values())
			.containsExactly("Bearer " + token);
	}

	@ParameterizedTest
	@CsvSource({ "intake", "citizen", "notification" })
	void routesEachServicesAuditLogKeepingTheQuery(String service) {
		String query = "?actor=admin&action=calendar.replace&ward=20242&from=2026-01-01T00:00:00Z&page=1&size=20";

		this.anonymous.get()
			.uri("/api/v1/audit/" + service + query)
			.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.admin()))
			.exchange()
			.expectStatus()
			.isOk();

		assertThat(server(service).findAll(anyRequestedFor(anyUrl()))).singleElement()
			.extracting(LoggedRequest::getUrl)
			.isEqualTo("/audit" + query);
		services.all().stream().filter(s -> s != server(service)).forEach(s -> assertThat(s.getAllServeEvents()).isEmpty());
	}

	@Test
	void routesOnlyReadsToTheAuditLog() {
		this.client.post().uri("/api/v1/audit/intake").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
			.exchange().expectStatus().isNotFound();
		this.client.get().uri("/api/v1/audit/unknown").exchange().expectStatus().isNotFound();
		assertNoServiceCalled();
	}

	@Test
	void showsMetricsOnlyToMonitorsAndAdmins() {
		this.anonymous.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
		this.anonymous.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.officer("20242")))
			.exchange()
			.expectStatus()
			.isForbidden();
		for (String token : List.of(TestTokens.monitor(), TestTokens.admin())) {
			this.anonymous.get()
				.uri("/actuator/prometheus")
				.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token))
				.exchange()
				.expectStatus()
				.isOk();
		}
		this.anonymous.get().uri("/actuator/health").exchange().expectStatus().isOk();
	}

	@Test
	void letsABrowserOnAnAllowedOriginPreflightAndRefusesOthers() {
		this.anonymous.options()
			.uri("/api/v1/intake/dossiers")
			.header(HttpHeaders.ORIGIN, PORTAL)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, PORTAL);

		this.anonymous.options()
			.uri("/api/v1/intake/dossiers")
			.header(HttpHeaders.ORIGIN, "https://evil.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);

		this.client.get()
			.uri("/api/v1/intake/procedures")
			.header(HttpHeaders.ORIGIN, "https://evil.example")
			.exchange()
			.expectStatus()
			.isForbidden();
		assertNoServiceCalled();

		this.client.get()
			.uri("/api/v1/intake/procedures")
			.header(HttpHeaders.ORIGIN, PORTAL)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, PORTAL);
	}

	@Test
	void addsSecurityHeadersToProxiedAnswers() {
		this.client.get()
			.uri("/api/v1/citizens")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.valueEquals("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; base-uri 'none'")
			.expectHeader()
			.valueEquals("Referrer-Policy", "no-referrer")
			.expectHeader()
			.exists(HttpHeaders.CACHE_CONTROL);
	}

	@Test
	void tellsTheServiceTheClientsAddressNotTheOneTheClientClaims() {
		this.client.get()
			.uri("/api/v1/citizens")
			.header("X-Forwarded-For", "203.0.113.66")
			.exchange()
			.expectStatus()
			.isOk();

		LoggedRequest received = services.citizen.findAll(anyRequestedFor(anyUrl())).get(0);
		assertThat(received.getHeaders().getHeader("X-Forwarded-For").values()).containsExactly("127.0.0.1");
	}

	private static void assertNoServiceCalled() {
		services.all().forEach(s -> assertThat(s.getAllServeEvents()).isEmpty());
	}

	private static WireMockServer server(String name) {
		return switch (name) {
			case "intake" -> services.intake;
			case "citizen" -> services.citizen;
			default -> services.notification;
		};
	}

}
