package vn.onestop.gateway;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import vn.onestop.support.security.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 16, line 4: the walk-in queue's event streams through the gateway, against a real streaming intake (a
 * Reactor Netty server: WireMock answers whole bodies only). The gateway's time limits are 1 s here and intake's
 * bulkhead two calls, so a stream that outlives the limits and three open streams that leave room for an API call
 * show that they bound only the wait for a response's headers, not the stream that follows (docs/queue.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "platform.breaker.timeout=1s", "spring.cloud.gateway.server.webflux.httpclient.response-timeout=1s",
				"platform.breaker.max-concurrent-calls=" + GatewayEventStreamTest.BULKHEAD })
@AutoConfigureWebTestClient(timeout = "20s")
class GatewayEventStreamTest {

	static final int BULKHEAD = 2;

	private static final String HELD = "20242";

	private static final String QUIET = "20243";

	private static final Duration QUIET_FOR = Duration.ofMillis(2500);

	private static final Duration DEADLINE = Duration.ofSeconds(10);

	private static final List<String> requested = new CopyOnWriteArrayList<>();

	private static final List<String> authorizations = new CopyOnWriteArrayList<>();

	private static volatile Sinks.Empty<Void> release = Sinks.empty();

	private static final AtomicBoolean secondSent = new AtomicBoolean();

	private static final DisposableServer intake = HttpServer.create()
		.port(0)
		.route(routes -> routes.get("/queue/{ward}/events", GatewayEventStreamTest::events)
			.get("/queue/{ward}/counters/{counter}/events", GatewayEventStreamTest::events)
			.get("/queue/{ward}/board", (request, response) -> answer(request, response,
					"{\"ward\":\"" + request.param("ward") + "\",\"lastCalls\":[]}"))
			.get("/queue/{ward}/tickets", (request, response) -> answer(request, response, "{\"tickets\":[]}")))
		.bindNow();

	private final List<ServerSentEvent<String>> received = new CopyOnWriteArrayList<>();

	private final AtomicBoolean ended = new AtomicBoolean();

	private final List<Throwable> failed = new CopyOnWriteArrayList<>();

	private Disposable stream;

	@Autowired
	private WebTestClient client;

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("platform.services.intake-url", () -> "http://localhost:" + intake.port());
		registry.add("platform.services.citizen-url", () -> "http://localhost:" + FakeServices.closedPort());
		registry.add("platform.services.notification-url", () -> "http://localhost:" + FakeServices.closedPort());
		registry.add("platform.services.web-url", () -> "http://localhost:" + FakeServices.closedPort());
	}

	@AfterAll
	static void stop() {
		intake.disposeNow();
	}

	@BeforeEach
	void reset() {
		requested.clear();
		authorizations.clear();
		release = Sinks.empty();
		secondSent.set(false);
	}

	@AfterEach
	void close() {
		if (this.stream != null) {
			this.stream.dispose();
		}
	}

	@Test
	void anEventArrivesThroughTheGatewayWhileTheStreamIsStillOpen() {
		open("/api/v1/intake/queue/" + HELD + "/events", null);

		await().atMost(DEADLINE).until(() -> this.received.size() >= 1);
		assertThat(secondSent).isFalse();
		assertThat(this.ended).isFalse();
		assertThat(this.received.get(0).event()).isEqualTo("changed");
		assertThat(this.received.get(0).data()).isEqualTo("{\"ward\":\"" + HELD + "\",\"seq\":1}");

		release.tryEmitEmpty();
		await().atMost(DEADLINE).until(() -> this.ended.get());
		assertThat(this.received).extracting(ServerSentEvent::data)
			.containsExactly("{\"ward\":\"" + HELD + "\",\"seq\":1}", "{\"ward\":\"" + HELD + "\",\"seq\":2}");
		assertThat(this.failed).isEmpty();
		assertThat(requested).containsExactly("/queue/" + HELD + "/events");
	}

	@Test
	void aStreamQuietForLongerThanTheGatewaysTimeLimitsIsNotCut() {
		open("/api/v1/intake/queue/" + QUIET + "/events", null);

		await().atMost(DEADLINE).until(() -> this.ended.get() || !this.failed.isEmpty());
		assertThat(this.failed).isEmpty();
		assertThat(this.received).extracting(ServerSentEvent::data)
			.containsExactly("{\"ward\":\"" + QUIET + "\",\"seq\":1}", "{\"ward\":\"" + QUIET + "\",\"seq\":2}");
	}

	@Test
	void openStreamsDoNotHoldIntakesBulkhead() {
		List<Disposable> streams = new java.util.ArrayList<>();
		List<ServerSentEvent<String>> first = new CopyOnWriteArrayList<>();
		try {
			for (int i = 0; i <= BULKHEAD; i++) {
				streams.add(events("/api/v1/intake/queue/" + HELD + "/events", null).subscribe(first::add));
			}
			await().atMost(DEADLINE).until(() -> first.size() == BULKHEAD + 1);

			this.client.get().uri("/api/v1/intake/queue/" + HELD + "/board").exchange().expectStatus().isOk();
			assertThat(secondSent).isFalse();
		}
		finally {
			streams.forEach(Disposable::dispose);
		}
	}

	@Test
	void theDisplaysBoardAndEventsArePublicWhileTheRestOfTheQueueNeedsAToken() {
		WebTestClient anonymous = TestTokens.anonymous(this.client);
		anonymous.get().uri("/api/v1/intake/queue/" + HELD + "/board").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.ward").isEqualTo(HELD);
		anonymous.get().uri("/api/v1/intake/queue/" + HELD + "/tickets").exchange().expectStatus().isUnauthorized();
		anonymous.get().uri("/api/v1/intake/queue/" + HELD + "/counters/3/events").accept(MediaType.TEXT_EVENT_STREAM)
			.exchange().expectStatus().isUnauthorized();
		open("/api/v1/intake/queue/" + HELD + "/events", null);
		await().atMost(DEADLINE).until(() -> this.received.size() >= 1);

		assertThat(requested).containsExactly("/queue/" + HELD + "/board", "/queue/" + HELD + "/events");
		assertThat(authorizations).containsOnly("none");
	}

	@Test
	void aCountersStreamPassesTheOfficersTokenOn() {
		String bearer = TestTokens.bearer(TestTokens.officer(HELD));

		open("/api/v1/intake/queue/" + HELD + "/counters/3/events", bearer);

		await().atMost(DEADLINE).until(() -> this.received.size() >= 1);
		assertThat(requested).containsExactly("/queue/" + HELD + "/counters/3/events");
		assertThat(authorizations).containsExactly(bearer);
	}

	private void open(String path, String bearer) {
		this.stream = events(path, bearer).subscribe(this.received::add, this.failed::add, () -> this.ended.set(true));
	}

	private Flux<ServerSentEvent<String>> events(String path, String bearer) {
		return WebClient.create("http://localhost:" + this.port)
			.get()
			.uri(path)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.headers(headers -> {
				if (bearer != null) {
					headers.set(HttpHeaders.AUTHORIZATION, bearer);
				}
			})
			.retrieve()
			.bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {
			});
	}

	private static Mono<Void> answer(HttpServerRequest request, HttpServerResponse response, String json) {
		record(request);
		return response.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE).sendString(Mono.just(json))
			.then();
	}

	/** One event at once, the next when the test releases it (or, for the quiet ward, after a long pause). */
	private static Mono<Void> events(HttpServerRequest request, HttpServerResponse response) {
		record(request);
		String ward = request.param("ward");
		Mono<Void> pause = QUIET.equals(ward) ? Mono.delay(QUIET_FOR).then() : release.asMono();
		Flux<String> events = Flux.concat(Mono.just(event(ward, 1)),
				pause.then(Mono.fromCallable(() -> {
					secondSent.set(true);
					return event(ward, 2);
				})));
		return response.header(HttpHeaders.CONTENT_TYPE, MediaType.TEXT_EVENT_STREAM_VALUE).sendString(events).then();
	}

	private static String event(String ward, int seq) {
		return "event: changed\ndata: {\"ward\":\"" + ward + "\",\"seq\":" + seq + "}\n\n";
	}

	private static void record(HttpServerRequest request) {
		requested.add(request.uri());
		String authorization = request.requestHeaders().get(HttpHeaders.AUTHORIZATION);
		authorizations.add(authorization == null ? "none" : authorization);
	}

}
