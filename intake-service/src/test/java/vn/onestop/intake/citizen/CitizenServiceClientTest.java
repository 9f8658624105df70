package vn.onestop.intake.citizen;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Hooks;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigurationProperties;

import vn.onestop.support.security.ServiceCredentials;

/** The client and its breaker against WireMock, without Spring: found, created, conflict, failures, opening. */
class CitizenServiceClientTest {

	private static final String SERVICE_TOKEN = "service-token-for-tests";

	/** More than the old bulkhead's 25, more than Reactor Netty's shared pool of 16 connections on 2 cores. */
	private static final int IN_FLIGHT = 40;

	private static final WireMockServer server = new WireMockServer(options().dynamicPort().containerThreads(IN_FLIGHT + 20));

	private static final UUID ID = UUID.fromString("0f7d2f8e-3c1b-4c5d-8e9f-a0b1c2d3e4f5");

	private static final CitizenSnapshot CITIZEN = new CitizenSnapshot("038087042028", "Nguyễn Văn An",
			LocalDate.of(1987, 3, 2), "0912345678", null, "12 Lê Lợi", "00004");

	private CitizenServiceClient client;

	@BeforeAll
	static void start() {
		server.start();
	}

	@AfterAll
	static void stop() {
		server.stop();
	}

	@BeforeEach
	void newClient() {
		server.resetAll();
		this.client = client(Duration.ofMillis(1500));
	}

	/** A client built as Spring Cloud CircuitBreaker's auto-configuration builds it, with intake's customizers. */
	private static CitizenServiceClient client(Duration timeout) {
		CitizenServiceProperties properties = new CitizenServiceProperties(URI.create(server.baseUrl()), timeout, 200,
				new CitizenServiceProperties.Breaker(Duration.ofMinutes(1), 4, 50, Duration.ofSeconds(1), 100,
						Duration.ofMinutes(1), 1),
				new CitizenServiceProperties.Linking(false, Duration.ofSeconds(30), 10, 1, Duration.ofSeconds(1),
						Duration.ofSeconds(2), Duration.ofMinutes(1)));
		ReactiveResilience4jBulkheadProvider bulkheads = new ReactiveResilience4jBulkheadProvider(
				BulkheadRegistry.ofDefaults());
		Resilience4JConfigurationProperties resilience4j = new Resilience4JConfigurationProperties();
		resilience4j.getDisableTimeLimiterMap().put(CitizenServiceClient.BREAKER, true);
		ReactiveResilience4JCircuitBreakerFactory factory = new ReactiveResilience4JCircuitBreakerFactory(
				CircuitBreakerRegistry.ofDefaults(), TimeLimiterRegistry.ofDefaults(), bulkheads, resilience4j);
		CitizenBreakerConfiguration configuration = new CitizenBreakerConfiguration();
		configuration.citizenServiceBulkhead(properties).customize(bulkheads);
		configuration.citizenServiceBreaker(properties).customize(factory);
		return new CitizenServiceClient(properties, factory, new ServiceCredentials(SERVICE_TOKEN));
	}

	@AfterEach
	void closeClient() {
		this.client.destroy();
	}

	private static void lookupAnswers(int status, String body) {
		server.stubFor(post(urlEqualTo("/citizens/lookup")).willReturn(aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json").withBody(body)));
	}

	@Test
	void findsAKnownCitizen() {
		lookupAnswers(200, "{\"id\":\"" + ID + "\",\"fullName\":\"Nguyễn Văn An\"}");
		StepVerifier.create(this.client.findOrCreate(CITIZEN)).expectNext(ID).verifyComplete();
		server.verify(0, postRequestedFor(urlEqualTo("/citizens")));
	}

	@Test
	void callsCitizenServiceWithThePlatformServiceToken() {
		lookupAnswers(404, "");
		server.stubFor(post(urlEqualTo("/citizens")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json").withBody("{\"id\":\"" + ID + "\"}")));
		StepVerifier.create(this.client.findOrCreate(CITIZEN)).expectNext(ID).verifyComplete();
		server.verify(postRequestedFor(urlEqualTo("/citizens/lookup")).withHeader("Authorization",
				equalTo("Bearer " + SERVICE_TOKEN)));
		server.verify(postRequestedFor(urlEqualTo("/citizens")).withHeader("Authorization",
				equalTo("Bearer " + SERVICE_TOKEN)));
	}

	@Test
	void createsAnUnknownCitizen() {
		lookupAnswers(404, "");
		server.stubFor(post(urlEqualTo("/citizens")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json").withBody("{\"id\":\"" + ID + "\"}")));
		StepVerifier.create(this.client.findOrCreate(CITIZEN)).expectNext(ID).verifyComplete();
	}

	@Test
	void aConflictOnCreateMeansSomeoneElseCreatedItFirst() {
		server.stubFor(post(urlEqualTo("/citizens/lookup")).inScenario("race").whenScenarioStateIs("Started")
			.willReturn(aResponse().withStatus(404)).willSetStateTo("created"));
		server.stubFor(post(urlEqualTo("/citizens/lookup")).inScenario("race").whenScenarioStateIs("created")
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
				.withBody("{\"id\":\"" + ID + "\"}")));
		server.stubFor(post(urlEqualTo("/citizens")).willReturn(aResponse().withStatus(409)));
		StepVerifier.create(this.client.findOrCreate(CITIZEN)).expectNext(ID).verifyComplete();
	}

	private static final String REFUSAL = """
			{"type":"urn:onestop:problem:ward-not-in-force","title":"Ward not in force","status":422,
			 "detail":"No commune-level unit with code 00004 is in force today.",
			 "errors":[{"field":"address.wardCode","message":"must be a ward code in force today"}],"requestId":"r1"}""";

	@Test
	void aRefusalOnCreateIsPermanentAndCarriesTheProblem() {
		lookupAnswers(404, "");
		server.stubFor(post(urlEqualTo("/citizens")).willReturn(aResponse().withStatus(422)
			.withHeader("Content-Type", "application/problem+json").withBody(REFUSAL)));
		StepVerifier.create(this.client.link(CITIZEN))
			.assertNext(outcome -> assertThat(outcome).isEqualTo(new LinkOutcome.Refused(new CitizenRefusal(422,
					"urn:onestop:problem:ward-not-in-force", "Ward not in force",
					"No commune-level unit with code 00004 is in force today.",
					List.of(new CitizenRefusal.FieldError("address.wardCode", "must be a ward code in force today"))))))
			.verifyComplete();
	}

	@Test
	void aRefusalWithoutAProblemBodyKeepsItsStatus() {
		lookupAnswers(400, "not json");
		StepVerifier.create(this.client.link(CITIZEN))
			.assertNext(outcome -> assertThat(((LinkOutcome.Refused) outcome).refusal().status()).isEqualTo(400))
			.verifyComplete();
	}

	/** The breaker opens after 4 failures in this client; many more refusals leave it closed and calling. */
	@Test
	void refusalsNeverOpenTheBreaker() {
		lookupAnswers(400, REFUSAL);
		for (int i = 0; i < 10; i++) {
			StepVerifier.create(this.client.findOrCreate(CITIZEN)).expectError(CitizenRefused.class).verify();
		}
		lookupAnswers(429, "");
		for (int i = 0; i < 10; i++) {
			StepVerifier.create(this.client.findOrCreate(CITIZEN)).expectError(CitizenDeferred.class).verify();
		}
		lookupAnswers(200, "{\"id\":\"" + ID + "\"}");
		StepVerifier.create(this.client.findOrCreate(CITIZEN)).expectNext(ID).verifyComplete();
		server.verify(21, postRequestedFor(urlEqualTo("/citizens/lookup")));
	}

	@Test
	void aNotNowAnswerIsRetriedLaterNotRefused() {
		lookupAnswers(429, "");
		StepVerifier.create(this.client.link(CITIZEN))
			.assertNext(outcome -> assertThat(outcome).isInstanceOf(LinkOutcome.Failed.class))
			.verifyComplete();
	}

	@Test
	void aConflictWhoseCitizenCannotBeFoundIsARefusal() {
		lookupAnswers(404, "");
		server.stubFor(post(urlEqualTo("/citizens")).willReturn(aResponse().withStatus(409)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:onestop:problem:duplicate-id-number\",\"title\":\"Duplicate personal ID number\","
					+ "\"status\":409,\"errors\":[{\"field\":\"idNumber\",\"message\":\"is already registered\"}]}")));
		StepVerifier.create(this.client.link(CITIZEN))
			.assertNext(outcome -> assertThat(((LinkOutcome.Refused) outcome).refusal().type())
				.isEqualTo("urn:onestop:problem:duplicate-id-number"))
			.verifyComplete();
		server.verify(2, postRequestedFor(urlEqualTo("/citizens/lookup")));
	}

	@Test
	void anAnswerOutOfContractIsAFailure() {
		lookupAnswers(200, "{\"fullName\":\"no id\"}");
		StepVerifier.create(this.client.findOrCreate(CITIZEN)).expectError(CitizenServiceUnavailable.class).verify();
		lookupAnswers(500, "{}");
		StepVerifier.create(this.client.findOrCreate(CITIZEN)).expectError(CitizenServiceUnavailable.class).verify();
	}

	@Test
	void aSlowAnswerTimesOut() {
		server.stubFor(post(urlEqualTo("/citizens/lookup")).willReturn(aResponse().withFixedDelay(4000).withStatus(200)
			.withHeader("Content-Type", "application/json").withBody("{\"id\":\"" + ID + "\"}")));
		StepVerifier.create(this.client.link(CITIZEN)).assertNext(outcome -> assertThat(outcome)
			.isInstanceOf(LinkOutcome.Failed.class)).verifyComplete();
	}

	@Test
	void theBreakerOpensAfterRepeatedFailuresAndStopsCalling() {
		lookupAnswers(503, "");
		for (int i = 0; i < 4; i++) {
			StepVerifier.create(this.client.findOrCreate(CITIZEN)).expectError(CitizenServiceUnavailable.class).verify();
		}
		StepVerifier.create(this.client.findOrCreate(CITIZEN)).expectError(CallNotPermittedException.class).verify();
		server.verify(4, postRequestedFor(urlEqualTo("/citizens/lookup")));
		StepVerifier.create(this.client.link(CITIZEN)).assertNext(outcome -> assertThat(outcome)
			.isInstanceOf(LinkOutcome.Failed.class)).verifyComplete();
	}

	/**
	 * Many filings asking a slow citizen-service at once all get their citizen: Spring Cloud CircuitBreaker's own
	 * bulkhead (25 calls, BulkheadRegistry's default) refused the rest, which left their dossiers with the citizen
	 * link pending and counted as failures of citizen-service (docs/benchmarks.md, finding 1). The time limit is
	 * generous: what is measured is refusals, not speed.
	 */
	@Test
	void servesManyCallsInFlightWithoutRefusingAny() {
		server.stubFor(post(urlEqualTo("/citizens/lookup")).willReturn(aResponse().withFixedDelay(500).withStatus(200)
			.withHeader("Content-Type", "application/json").withBody("{\"id\":\"" + ID + "\"}")));
		CitizenServiceClient patient = client(Duration.ofSeconds(20));
		try {
			List<Object> answers = Flux.range(0, IN_FLIGHT)
				.flatMap(i -> patient.findOrCreate(CITIZEN).<Object>map(id -> id).onErrorResume(Mono::just), IN_FLIGHT)
				.collectList()
				.block(Duration.ofSeconds(60));
			assertThat(answers).hasSize(IN_FLIGHT).containsOnly(ID);
		}
		finally {
			patient.destroy();
		}
	}

	/**
	 * A filing cancelled (its caller gave up) just as it asked an open breaker: the refusal must not reach a
	 * subscriber that has gone, which Reactor reports as an error dropped after the answer (docs/benchmarks.md, 7).
	 */
	@Test
	void aCallCancelledAsAnOpenBreakerRefusesItSignalsNothingAfterwards() {
		lookupAnswers(503, "");
		for (int i = 0; i < 4; i++) {
			StepVerifier.create(this.client.findOrCreate(CITIZEN)).expectError(CitizenServiceUnavailable.class).verify();
		}
		List<Throwable> dropped = new CopyOnWriteArrayList<>();
		Hooks.onErrorDropped(dropped::add);
		try {
			this.client.link(CITIZEN).subscribe(new CancelledAtOnce<>());
		}
		finally {
			Hooks.resetOnErrorDropped();
		}
		assertThat(dropped).isEmpty();
	}

	private static final class CancelledAtOnce<T> extends BaseSubscriber<T> {

		@Override
		protected void hookOnSubscribe(Subscription subscription) {
			cancel();
		}

	}

}
