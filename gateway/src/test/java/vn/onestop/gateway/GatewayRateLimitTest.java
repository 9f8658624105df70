package vn.onestop.gateway;

import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.onestop.support.security.Caller;
import vn.onestop.support.security.Role;
import vn.onestop.support.security.test.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small budgets with a long window (3, 4 and 6 requests per several minutes), so the refill never interferes:
 * client addresses without a token, subjects and wards each have their own. The test client comes through a trusted
 * proxy (127.0.0.1), so {@code X-Forwarded-For} names the client. Each test uses its own addresses, subjects and
 * wards: budgets outlive a test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "platform.rate-limit.public.per-second=0.01", "platform.rate-limit.public.burst=3",
				"platform.rate-limit.subject.per-second=0.01", "platform.rate-limit.subject.burst=4",
				"platform.rate-limit.ward.per-second=0.01", "platform.rate-limit.ward.burst=6",
				"platform.rate-limit.rejected.per-second=0.01", "platform.rate-limit.rejected.burst=2",
				"platform.client-address.trusted-proxies=127.0.0.1,::1" })
@AutoConfigureWebTestClient(timeout = "20s")
class GatewayRateLimitTest {

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

	@Test
	void refusesAnAddressOverItsBudgetWithATooManyRequestsProblemWithoutCallingTheService() {
		for (int i = 0; i < 3; i++) {
			publicCall("198.51.100.1", "public-a").expectStatus().isOk();
		}

		publicCall("198.51.100.1", "public-a").expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.value(HttpHeaders.RETRY_AFTER, retryAfter -> assertThat(Long.parseLong(retryAfter)).isBetween(1L, 300L))
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:onestop:problem:too-many-requests")
			.jsonPath("$.status").isEqualTo(429)
			.jsonPath("$.requestId").isNotEmpty();

		assertThat(services.intake.findAll(getRequestedFor(urlEqualTo("/procedures?t=public-a")))).hasSize(3);
	}

	@Test
	void givesEveryAddressItsOwnBudget() {
		for (int i = 0; i < 3; i++) {
			publicCall("198.51.100.2", "public-b").expectStatus().isOk();
		}
		publicCall("198.51.100.2", "public-b").expectStatus().isEqualTo(429);

		publicCall("198.51.100.3", "public-b").expectStatus().isOk();
		publicCall("2001:db8::3", "public-b").expectStatus().isOk();
	}

	@Test
	void limitsEachSubjectOnItsOwn() {
		String alice = token("alice", "11111");
		for (int i = 0; i < 4; i++) {
			staffCall(alice, "subject-a").expectStatus().isOk();
		}

		staffCall(alice, "subject-a").expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.exists(HttpHeaders.RETRY_AFTER)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:onestop:problem:too-many-requests")
			.jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("account"));

		staffCall(token("bob", "11111"), "subject-a").expectStatus().isOk();
		assertThat(services.intake.findAll(getRequestedFor(urlEqualTo("/dossiers?t=subject-a")))).hasSize(5);
	}

	@Test
	void sharesAWardsBudgetAmongItsOfficersAndLeavesOtherWardsAlone() {
		String carol = token("carol", "22222");
		String dave = token("dave", "22222");
		for (int i = 0; i < 3; i++) {
			staffCall(carol, "ward-a").expectStatus().isOk();
			staffCall(dave, "ward-a").expectStatus().isOk();
		}

		staffCall(dave, "ward-a").expectStatus()
			.isEqualTo(429)
			.expectBody()
			.jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("ward"));
		staffCall(carol, "ward-a").expectStatus().isEqualTo(429);

		staffCall(token("erin", "33333"), "ward-a").expectStatus().isOk();
		assertThat(services.intake.findAll(getRequestedFor(urlEqualTo("/dossiers?t=ward-a")))).hasSize(7);
	}

	@Test
	void needsRoomInEveryWardOfTheToken() {
		String frank = token("frank", "44444");
		String grace = token("grace", "44444", "55555");
		for (int i = 0; i < 6; i++) {
			staffCall(i < 3 ? frank : token("heidi", "44444"), "ward-b").expectStatus().isOk();
		}

		staffCall(grace, "ward-b").expectStatus().isEqualTo(429);
		staffCall(token("ivan", "55555"), "ward-b").expectStatus().isOk();
	}

	@Test
	void refusesAnAddressThatKeepsSendingBadTokensBeforeLookingAtItsTokens() {
		String valid = token("mallory", "66666");
		String forged = valid.substring(0, valid.length() - 6) + (valid.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");
		for (int i = 0; i < 2; i++) {
			call("198.51.100.20", forged, "rejected-a").expectStatus().isUnauthorized();
		}

		call("198.51.100.20", token("trent", "66666"), "rejected-a").expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.value(HttpHeaders.RETRY_AFTER, retryAfter -> assertThat(Long.parseLong(retryAfter)).isBetween(1L, 300L))
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:onestop:problem:too-many-requests")
			.jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("invalid token"));
		publicCall("198.51.100.20", "rejected-a").expectStatus().isEqualTo(429);

		call("198.51.100.21", token("trent", "66666"), "rejected-a").expectStatus().isOk();
		call("198.51.100.21", forged, "rejected-a").expectStatus().isUnauthorized();
		assertThat(services.intake.findAll(getRequestedFor(urlEqualTo("/dossiers?t=rejected-a")))).hasSize(1);
	}

	@Test
	void countsRequestsWithoutATokenWhereOneIsNeededAsRejected() {
		for (int i = 0; i < 2; i++) {
			call("198.51.100.22", null, "rejected-b").expectStatus().isUnauthorized();
		}

		call("198.51.100.22", null, "rejected-b").expectStatus().isEqualTo(429);
		call("198.51.100.23", null, "rejected-b").expectStatus().isUnauthorized();
	}

	@Test
	void countsRefusalsByKindOnly() {
		for (int i = 0; i < 4; i++) {
			publicCall("198.51.100.9", "metrics");
		}

		String metrics = this.anonymous.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token("scraper", Role.MONITOR)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(metrics).containsPattern("onestop_gateway_rate_limited_total\\{[^}]*kind=\"public\"[^}]*} [1-9]")
			.contains("kind=\"subject\"")
			.contains("kind=\"ward\"")
			.contains("kind=\"rejected\"")
			.doesNotContain("198.51.100.9");
	}

	@Test
	void neverLimitsHealthProbes() {
		for (int i = 0; i < 10; i++) {
			this.anonymous.get()
				.uri("/actuator/health/readiness")
				.header("X-Forwarded-For", "198.51.100.10")
				.exchange()
				.expectStatus()
				.isOk();
		}
	}

	private WebTestClient.ResponseSpec publicCall(String clientAddress, String marker) {
		return this.anonymous.get()
			.uri("/api/v1/intake/procedures?t=" + marker)
			.header("X-Forwarded-For", clientAddress)
			.exchange();
	}

	private WebTestClient.ResponseSpec call(String clientAddress, String token, String marker) {
		return this.anonymous.get()
			.uri("/api/v1/intake/dossiers?t=" + marker)
			.header("X-Forwarded-For", clientAddress)
			.headers(headers -> {
				if (token != null) {
					headers.set(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token));
				}
			})
			.exchange();
	}

	private WebTestClient.ResponseSpec staffCall(String token, String marker) {
		return this.anonymous.get()
			.uri("/api/v1/intake/dossiers?t=" + marker)
			.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token))
			.exchange();
	}

	private static String token(String subject, String... wards) {
		return TestTokens.of(new Caller(subject, Set.of(Role.OFFICER), Set.of(wards), null));
	}

	private static String token(String subject, Role role) {
		return TestTokens.of(new Caller(subject, Set.of(role), Set.of(), null));
	}

}
