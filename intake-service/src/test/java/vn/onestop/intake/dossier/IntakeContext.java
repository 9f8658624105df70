package vn.onestop.intake.dossier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;

import vn.onestop.support.security.test.TestTokens;

/**
 * The one application context of the procedure, dossier and citizen tests: citizen-service is a
 * WireMock server, the clock is settable, the citizen linker runs every 200 ms and the breaker never
 * opens (its opening is tested without Spring in CitizenServiceClientTest); ward {@link #EARLY_WARD} works
 * its own sessions. {@link #client} sends the staff token (officer, leader, admin and monitor) of the fixed wards and
 * of every {@link #freshWard()} handed out, unless a request sets its own Authorization header; {@link #as(String)}
 * and {@link #anonymous()} call as someone else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"intake.citizen-service.timeout=1s", "intake.citizen-service.linking.interval=200ms",
		"intake.citizen-service.linking.retry-first=200ms", "intake.citizen-service.linking.retry-max=1s",
		"intake.citizen-service.breaker.minimum-calls=100000", "intake.dossier.agency-codes.79001=000.00.06.H56",
		"intake.dossier.center-names.79001=Trung tâm Phục vụ hành chính công phường Thử Nghiệm",
		"intake.dossier.hotline=1022", "intake.calendar.sessions." + IntakeContext.EARLY_WARD + "=07:30-11:30,13:00-17:00",
		"platform.security.test.staff-wards=" + IntakeContext.FIXED_WARDS,
		// the queue's closing runs when a test asks (ClosingDaysTest), never behind a test that moved the clock
		"intake.queue.closing.enabled=false" })
@AutoConfigureWebTestClient
@Import(TestClockConfiguration.class)
public abstract class IntakeContext {

	/** The one ward with its own working sessions, 07:30–11:30 and 13:00–17:00 (WardSessionsIntakeTest). */
	public static final String EARLY_WARD = "79002";

	/** Monday 26 October 2026, 09:30 in Vietnam. */
	public static final LocalDateTime MONDAY_MORNING = LocalDateTime.of(2026, 10, 26, 9, 30);

	/** The ward codes tests use besides fresh ones. */
	static final String FIXED_WARDS = "79001," + EARLY_WARD + ",00004";

	public static final UUID KNOWN_CITIZEN = UUID.fromString("5b1f0a52-8f0e-4a8e-9a55-0c5f6f3b1a01");

	protected static final WireMockServer CITIZEN_SERVICE = new WireMockServer(options().dynamicPort());

	private static final AtomicInteger WARDS = new AtomicInteger(30000 + (int) Math.floorMod(System.nanoTime(), 20000L));

	/** Generous: the build machine is shared, and the first request of a context fetches the token keys. */
	private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(30);

	private static final Set<String> STAFF_WARDS = ConcurrentHashMap.newKeySet();

	private static final AtomicReference<StaffToken> STAFF_TOKEN = new AtomicReference<>(new StaffToken(-1, null));

	private record StaffToken(int wards, String bearer) {
	}

	static {
		CITIZEN_SERVICE.start();
		STAFF_WARDS.addAll(List.of(FIXED_WARDS.split(",")));
	}

	@Autowired
	private WebTestClient autoConfigured;

	protected WebTestClient client;

	@Autowired
	protected DatabaseClient db;

	@Autowired
	protected MutableClock clock;

	@DynamicPropertySource
	static void citizenService(DynamicPropertyRegistry registry) {
		registry.add("intake.citizen-service.url", CITIZEN_SERVICE::baseUrl);
	}

	@BeforeEach
	void staffClient() {
		this.client = anonymous().mutate().filter(staffTokenUnlessAnother()).build();
	}

	/** The client calling with this token. */
	protected WebTestClient as(String token) {
		return anonymous().mutate().defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token)).build();
	}

	/** The client calling without a token. */
	protected WebTestClient anonymous() {
		return TestTokens.anonymous(this.autoConfigured).mutate().responseTimeout(RESPONSE_TIMEOUT).build();
	}

	/** The staff token as an Authorization header value, e.g. for a WebClient of one's own. */
	protected static String staffBearer() {
		StaffToken current = STAFF_TOKEN.get();
		int wards = STAFF_WARDS.size();
		if (current.wards() != wards) {
			current = new StaffToken(wards, TestTokens.bearer(TestTokens.staff(STAFF_WARDS.stream().sorted().toList())));
			STAFF_TOKEN.set(current);
		}
		return current.bearer();
	}

	private static ExchangeFilterFunction staffTokenUnlessAnother() {
		return (request, next) -> request.headers().containsHeader(HttpHeaders.AUTHORIZATION) ? next.exchange(request)
				: next.exchange(ClientRequest.from(request)
					.headers(headers -> headers.set(HttpHeaders.AUTHORIZATION, staffBearer()))
					.build());
	}

	@BeforeEach
	void citizenServiceKnowsEveryone() {
		this.clock.set(MONDAY_MORNING);
		CITIZEN_SERVICE.resetAll();
		CITIZEN_SERVICE.stubFor(post(urlEqualTo("/citizens/lookup")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\":\"" + KNOWN_CITIZEN + "\",\"fullName\":\"Nguyễn Văn An\"}")));
	}

	/** A ward no other test uses, so its daily counter starts at 1; the staff token works in it. */
	protected static String freshWard() {
		String ward = String.format("%05d", WARDS.incrementAndGet());
		STAFF_WARDS.add(ward);
		return ward;
	}

}
