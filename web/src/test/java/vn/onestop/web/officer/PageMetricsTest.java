package vn.onestop.web.officer;

import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.onestop.web.officer.Fixtures.CODE;

/**
 * {@code /actuator/prometheus} on web's own management port, as Prometheus scrapes it with a MONITOR token: each
 * page's server time as a histogram per page template (p95 per page), the API calls to the gateway timed per
 * template, and nothing of what a page showed or was asked (dossier code, citizen's name, ID or phone number).
 */
class PageMetricsTest extends OfficerPageTest {

	private static final String ISSUER = "urn:test:platform-issuer";

	private static final RSAKey KEY = rsaKey();

	@LocalManagementPort
	int managementPort;

	@LocalServerPort
	int serverPort;

	@DynamicPropertySource
	static void managementPort(DynamicPropertyRegistry registry) {
		registry.add("management.server.port", () -> 0);
		registry.add("web.metrics.issuer", () -> ISSUER);
		registry.add("web.metrics.jwk-set-uri", () -> gateway.server.baseUrl() + "/platform-jwks");
	}

	@BeforeEach
	void platformKeys() {
		gateway.server.stubFor(get(urlEqualTo("/platform-jwks")).willReturn(okJson(new JWKSet(KEY.toPublicJWK()).toString())));
	}

	@Test
	void pageTimesArePublishedPerPageTemplateWithoutWhatThePagesShowed() {
		gateway.server.stubFor(get(urlEqualTo("/api/v1/intake/dossiers/" + CODE))
			.willReturn(okJson(Fixtures.dossier(2, "Được tiếp nhận", "[\"transfer\"]", 150L, false))));
		gateway.server.stubFor(get(urlEqualTo("/api/v1/intake/dossiers/" + CODE + "/receipt")).willReturn(okJson(Fixtures.receipt())));
		gateway.server.stubFor(get(urlEqualTo("/api/v1/intake/dossiers/" + CODE + "/history")).willReturn(okJson(Fixtures.history())));
		gateway.server.stubFor(get(urlEqualTo("/api/v1/intake/approval-requests")).willReturn(okJson("[]")));
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/citizens/search")).willReturn(okJson("""
				{"items":[],"page":0,"size":20,"hasNext":false}""")));
		assertThat(officerPage("/officer/dossiers/" + CODE).text()).contains("Nguyễn Văn An", "038087042028", "0912345678");
		assertThat(posting("/officer/citizens", Map.of("name", "Nguyễn Văn An"), false).getStatus().value()).isEqualTo(200);

		String metrics = scrape(token(List.of("MONITOR")));

		assertThat(metrics).contains(
				"http_server_requests_seconds_bucket{application=\"web\",error=\"none\",exception=\"none\",instance=",
				"method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/officer/dossiers/{code}\",le=\"0.1\"}",
				"method=\"POST\",outcome=\"SUCCESS\",status=\"200\",uri=\"/officer/citizens\",le=\"+Inf\"}");
		assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/officer/dossiers/\\{code}\"[^}]*} 1");
		assertThat(metrics).containsPattern("http_client_requests_seconds_bucket\\{[^}]*uri=\"/api/v1/intake/dossiers/\\{code}/history\"");
		assertThat(metrics).containsPattern("http_client_requests_seconds_count\\{[^}]*uri=\"/api/v1/citizens/search\"[^}]*} 1");
		assertThat(metrics).doesNotContain(CODE, "Nguy", "038087042028", "0912345678");
		assertThat(metrics).as("every API call the pages made is named by its template")
			.doesNotContainPattern("http_client_requests_seconds_count\\{[^}]*uri=\"none\"");
	}

	@Test
	void theMetricsNeedAMonitorTokenOfThePlatformsIssuer() {
		management().get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
		management().get().uri("/actuator/prometheus").headers(h -> h.setBearerAuth(token(List.of("OFFICER"))))
			.exchange().expectStatus().isForbidden();
		management().get().uri("/actuator/prometheus").headers(h -> h.setBearerAuth(token("urn:another-issuer", List.of("MONITOR"))))
			.exchange().expectStatus().isUnauthorized();
		assertThat(scrape(token(List.of("PLATFORM_ADMIN")))).contains("jvm_memory_used_bytes");
		management().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
		this.client.get().uri("/actuator/prometheus").headers(h -> h.setBearerAuth(token(List.of("MONITOR"))))
			.exchange().expectStatus().isFound().expectHeader().location("/oauth2/authorization/onestop");
	}

	private String scrape(String token) {
		return management().get().uri("/actuator/prometheus").headers(h -> h.setBearerAuth(token)).exchange()
			.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
	}

	private WebTestClient management() {
		assertThat(this.managementPort).as("a port of its own").isNotEqualTo(this.serverPort);
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + this.managementPort).build();
	}

	private static String token(List<String> roles) {
		return token(ISSUER, roles);
	}

	private static String token(String issuer, List<String> roles) {
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject("prometheus").issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(300))).claim("roles", roles).build();
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("platform").build(), claims);
			jwt.sign(new RSASSASigner(KEY));
			return jwt.serialize();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAKey rsaKey() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			var pair = generator.generateKeyPair();
			return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID("platform").algorithm(JWSAlgorithm.RS256).build();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
