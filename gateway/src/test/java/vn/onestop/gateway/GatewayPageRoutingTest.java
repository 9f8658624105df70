package vn.onestop.gateway;

import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.onestop.support.security.test.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

/** Pages go to {@code web} with their session cookie and without a token check; the API keeps {@code /api/v1}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "platform.rate-limit.public.per-second=0.01", "platform.rate-limit.public.burst=5",
				"platform.client-address.trusted-proxies=127.0.0.1,::1" })
@AutoConfigureWebTestClient(timeout = "20s")
class GatewayPageRoutingTest {

	static final String PAGE_POLICY = "default-src 'self'; script-src 'self'";

	private static final FakeServices services = new FakeServices();

	private static final java.util.concurrent.atomic.AtomicInteger NEXT_ADDRESS = new java.util.concurrent.atomic.AtomicInteger();

	@Autowired
	private WebTestClient tokenClient;

	/** A browser: no bearer token. */
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
		this.client = TestTokens.anonymous(this.tokenClient);
		services.reset();
		services.web.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html;charset=UTF-8")
			.withHeader("Content-Security-Policy", PAGE_POLICY)
			.withBody("<!DOCTYPE html><html lang=\"vi\"><title>Một cửa</title></html>")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/procedures?q=khai", "/procedures/HT-KHAI-SINH", "/lookup?code=H20", "/login",
			"/oauth2/authorization/onestop", "/login/oauth2/code/onestop?code=c&state=s", "/officer", "/officer?tab=received",
			"/leader", "/admin", "/citizen", "/kiosk/20242", "/display/20242", "/display/20242/board", "/counter",
			"/counter?counter=3", "/counter/waiting?counter=3", "/leader/queue?day=2026-12-08", "/assets/css/site.css" })
	void passesAPageToWebUnchangedAndWithoutAToken(String page) {
		// one address per page: the budget of 5 per address is this class's own rate-limit test
		String address = "203.0.113." + NEXT_ADDRESS.incrementAndGet();
		this.client.get().uri(page).header("X-Forwarded-For", address).exchange().expectStatus().isOk();

		List<LoggedRequest> received = services.web.findAll(anyRequestedFor(anyUrl()));
		assertThat(received).singleElement().extracting(LoggedRequest::getUrl).isEqualTo(page);
		assertThat(received.get(0).getHeader("Authorization")).isNull();
		services.all().stream().filter(s -> s != services.web).forEach(s -> assertThat(s.getAllServeEvents()).isEmpty());
	}

	@Test
	void passesTheSessionCookieAndAFormPostWithItsCsrfToken() {
		this.client.post()
			.uri("/lookup")
			.header("X-Forwarded-For", "198.51.100.11")
			.cookie("ONESTOP_SESSION", "sealed-session")
			.cookie("XSRF-TOKEN", "csrf-cookie")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("code=H20&phoneLast4=4567&_csrf=token")
			.exchange()
			.expectStatus()
			.isOk();

		LoggedRequest received = services.web.findAll(anyRequestedFor(anyUrl())).get(0);
		assertThat(received.getCookies()).containsKeys("ONESTOP_SESSION", "XSRF-TOKEN");
		assertThat(received.getCookies().get("ONESTOP_SESSION").getValue()).isEqualTo("sealed-session");
		assertThat(received.getBodyAsString()).isEqualTo("code=H20&phoneLast4=4567&_csrf=token");
	}

	@Test
	void keepsTheBrowsersHostAndDropsForwardedHostsTheClientSent() {
		this.client.get()
			.uri("/login")
			.header("Host", "motcua.example.vn:8443")
			.header("X-Forwarded-For", "198.51.100.12")
			.header("X-Forwarded-Host", "evil.example")
			.header("Forwarded", "host=evil.example")
			.exchange()
			.expectStatus()
			.isOk();

		LoggedRequest received = services.web.findAll(anyRequestedFor(anyUrl())).get(0);
		assertThat(received.getHeader("Host")).isEqualTo("motcua.example.vn:8443");
		assertThat(received.containsHeader("X-Forwarded-Host")).isFalse();
		assertThat(received.containsHeader("Forwarded")).isFalse();
	}

	@Test
	void keepsThePagesOwnContentSecurityPolicy() {
		this.client.get().uri("/").header("X-Forwarded-For", "198.51.100.13").exchange().expectStatus().isOk()
			.expectHeader().valueEquals("Content-Security-Policy", PAGE_POLICY);
	}

	@Test
	void theApiStillNeedsAToken() {
		this.client.get().uri("/api/v1/intake/dossiers").header("X-Forwarded-For", "198.51.100.14")
			.cookie("ONESTOP_SESSION", "sealed-session").exchange().expectStatus().isUnauthorized();

		services.all().forEach(s -> assertThat(s.getAllServeEvents()).isEmpty());
	}

	@Test
	void aPathOfNeitherThePagesNorTheApiIsNotPassedOn() {
		this.client.get().uri("/wp-admin").header("X-Forwarded-For", "198.51.100.15").exchange().expectStatus()
			.value(status -> assertThat(status).isIn(401, 404));

		services.all().forEach(s -> assertThat(s.getAllServeEvents()).isEmpty());
	}

	@Test
	void pageRequestsCountAgainstTheAddresssRateLimit() {
		for (int i = 0; i < 5; i++) {
			this.client.get().uri("/procedures").header("X-Forwarded-For", "198.51.100.16").exchange().expectStatus().isOk();
		}

		this.client.get().uri("/procedures").header("X-Forwarded-For", "198.51.100.16").exchange().expectStatus()
			.isEqualTo(429);
		this.client.get().uri("/procedures").header("X-Forwarded-For", "198.51.100.17").exchange().expectStatus().isOk();
		assertThat(services.web.findAll(anyRequestedFor(anyUrl()))).hasSize(6);
	}

}
