package vn.onestop.support.security;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.onestop.support.security.app.SecuredTestApplication;
import vn.onestop.support.security.dev.DevIssuer;
import vn.onestop.support.security.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

/** Token checks through real HTTP: who gets in, and what a refusal looks like. */
@SpringBootTest(classes = SecuredTestApplication.class, webEnvironment = RANDOM_PORT,
		properties = { "spring.application.name=security-test", "platform.security.cors-allowed-origins=https://motcua.example.vn" })
@AutoConfigureWebTestClient
class PlatformSecurityIntegrationTest {

	private static final DevIssuer STRANGER = DevIssuer.start(0);

	@Autowired
	private WebTestClient client;

	@Autowired
	private MeterRegistry meters;

	@AfterAll
	static void stopStranger() {
		STRANGER.close();
	}

	private WebTestClient anonymous() {
		return TestTokens.anonymous(this.client);
	}

	@Test
	void refusesAMissingTokenWithAProblemAndTheBearerChallenge() {
		anonymous().get()
			.uri("/wards/20242/desk")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:onestop:problem:unauthenticated")
			.jsonPath("$.requestId")
			.isNotEmpty();
	}

	@Test
	void letsAValidTokenInAndReadsTheCallerFromIt() {
		anonymous().get()
			.uri("/wards/20242/desk")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.officer("20242", "20243")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.subject")
			.isEqualTo("officer-20242-20243")
			.jsonPath("$.roles[0]")
			.isEqualTo("OFFICER")
			.jsonPath("$.wards.length()")
			.isEqualTo(2);
	}

	@Test
	void refusesATokenSignedByAnotherKey() {
		String forged = STRANGER.mint(new Caller("intruder", Set.of(Role.PLATFORM_ADMIN), Set.of(), null),
				java.time.Duration.ofMinutes(5));

		invalid(forged);
	}

	@Test
	void refusesAnExpiredToken() {
		invalid(TestTokens.issuer()
			.sign(claims().expirationTime(Date.from(Instant.now().minusSeconds(600)))
				.issueTime(Date.from(Instant.now().minusSeconds(1200)))
				.build()));
	}

	@Test
	void refusesATokenFromAnotherIssuer() {
		invalid(TestTokens.issuer().sign(claims().issuer("https://elsewhere.example").build()));
	}

	@Test
	void refusesAnUnsignedOrGarbledToken() {
		String valid = TestTokens.officer("20242");
		String unsigned = valid.substring(0, valid.lastIndexOf('.') + 1);
		invalid(unsigned);
		invalid("not-a-token");
		invalid(valid.substring(0, valid.length() - 4) + "AAAA");
	}

	@Test
	void refusesAnAlteredCopyOfATokenItHasAlreadyAccepted() {
		String valid = TestTokens.officer("20242");
		for (int i = 0; i < 2; i++) {
			anonymous().get()
				.uri("/wards/20242/desk")
				.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(valid))
				.exchange()
				.expectStatus()
				.isOk();
		}

		invalid(valid.substring(0, valid.length() - 4) + "AAAA");
		String[] parts = valid.split("\\.");
		String otherClaims = TestTokens.officer("20243").split("\\.")[1];
		invalid(parts[0] + "." + otherClaims + "." + parts[2]);
	}

	@Test
	void timesRequestsWithoutAnObservationPerSecurityFilter() {
		anonymous().get()
			.uri("/wards/20242/desk")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.officer("20242")))
			.exchange()
			.expectStatus()
			.isOk();

		assertThat(this.meters.find("http.server.requests").timers()).isNotEmpty();
		assertThat(this.meters.getMeters()).noneMatch(meter -> meter.getId().getName().startsWith("spring.security"));
	}

	@Test
	void answersPublicEndpointsWithoutAToken() {
		anonymous().get()
			.uri("/catalogue/items")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo("catalogue for anonymous");
		anonymous().get().uri("/actuator/health").exchange().expectStatus().isOk();
		anonymous().get().uri("/v3/api-docs").exchange().expectStatus().isOk();
	}

	@Test
	void keepsInternalEndpointsForThePlatformsOwnServices() {
		anonymous().post().uri("/internal/events").exchange().expectStatus().isUnauthorized();
		anonymous().post()
			.uri("/internal/events")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.admin()))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:onestop:problem:forbidden");
		anonymous().post()
			.uri("/internal/events")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.service()))
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void showsMetricsToMonitorsAndAdminsOnly() {
		anonymous().get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
		anonymous().get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.officer("20242")))
			.exchange()
			.expectStatus()
			.isForbidden();
		anonymous().get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.monitor()))
			.exchange()
			.expectStatus()
			// let through: this test application has no Prometheus registry, so the endpoint itself is absent
			.isNotFound();
	}

	@Test
	void sendsSecurityHeadersOnEveryAnswer() {
		for (WebTestClient.ResponseSpec response : List.of(anonymous().get().uri("/catalogue/items").exchange(),
				anonymous().get().uri("/wards/20242/desk").exchange())) {
			response.expectHeader()
				.valueEquals("X-Content-Type-Options", "nosniff")
				.expectHeader()
				.valueEquals("X-Frame-Options", "DENY")
				.expectHeader()
				.valueEquals("Content-Security-Policy", PlatformSecurityAutoConfiguration.CONTENT_SECURITY_POLICY)
				.expectHeader()
				.valueEquals("Referrer-Policy", "no-referrer")
				.expectHeader()
				.valueMatches(HttpHeaders.CACHE_CONTROL, ".*no-store.*");
		}
	}

	@Test
	void allowsOnlyConfiguredOriginsAcrossSites() {
		anonymous().options()
			.uri("/catalogue/items")
			.header(HttpHeaders.ORIGIN, "https://motcua.example.vn")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://motcua.example.vn");
		anonymous().options()
			.uri("/catalogue/items")
			.header(HttpHeaders.ORIGIN, "https://evil.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	private void invalid(String token) {
		WebTestClient.ResponseSpec response = anonymous().get()
			.uri("/wards/20242/desk")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token))
			.exchange()
			.expectStatus()
			.isUnauthorized();
		response.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		String challenge = response.returnResult(String.class).getResponseHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE);
		assertThat(challenge).startsWith("Bearer error=\"invalid_token\"");
	}

	private static JWTClaimsSet.Builder claims() {
		return new JWTClaimsSet.Builder().issuer(TestTokens.issuer().issuer())
			.subject("someone")
			.claim("roles", List.of("OFFICER"))
			.claim("wards", List.of("20242"))
			.issueTime(new Date())
			.expirationTime(Date.from(Instant.now().plusSeconds(600)));
	}

}
