package vn.onestop.intake.queue.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.onestop.intake.IntakeApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 16, line 7: LISTEN/NOTIFY across two intake instances on one database. A change committed through
 * instance A reaches a display connected to instance B; B's listening connection is killed and B listens again.
 */
class QueueLiveAcrossInstancesTest {

	/** The bound for the display; generous for a shared build machine all the same. */
	private static final Duration WITHIN = Duration.ofSeconds(2);

	private static final Duration EVENTUALLY = Duration.ofSeconds(20);

	private static final int STREAMS_PER_WARD = 3;

	/** 15 s in production; short here so that the test need not wait that long. */
	private static final Duration HEARTBEAT = Duration.ofMillis(300);

	private static final AtomicInteger WARDS = new AtomicInteger(
			60000 + (int) Math.floorMod(System.nanoTime(), 30000L));

	private static ConfigurableApplicationContext instanceA;

	private static ConfigurableApplicationContext instanceB;

	private final List<EventStreamClient> streams = new ArrayList<>();

	@BeforeAll
	static void twoInstances() {
		instanceA = start();
		instanceB = start("--intake.queue.live.max-streams-per-ward=" + STREAMS_PER_WARD,
				"--intake.queue.live.heartbeat=" + HEARTBEAT.toMillis() + "ms");
		// a stream opened before its instance listens gets one more "changed" once it does (a change may have been
		// missed): the tests count events from a listening instance
		awaitListening(instanceA);
		awaitListening(instanceB);
	}

	@AfterAll
	static void stop() {
		instanceB.close();
		instanceA.close();
	}

	@AfterEach
	void closeStreams() {
		this.streams.forEach(EventStreamClient::close);
	}

	@Test
	void aChangeCommittedThroughOneInstanceReachesADisplayOfTheOther() {
		String ward = freshWard();
		EventStreamClient display = display(ward).awaitChanged(1, EVENTUALLY);

		committed(notify(ward)).block();

		display.awaitChanged(2, WITHIN);
		assertThat(display.changed()).containsExactly(new QueueChanged(ward, 0), new QueueChanged(ward, 1));
	}

	@Test
	void aRolledBackChangeSendsNothing() {
		String ward = freshWard();
		String other = freshWard();
		EventStreamClient display = display(ward).awaitChanged(1, EVENTUALLY);
		EventStreamClient otherDisplay = display(other).awaitChanged(1, EVENTUALLY);

		transactions(instanceA).execute(status -> {
			status.setRollbackOnly();
			return notify(ward);
		}).then().block();
		// sent after the rolled-back one on the same channel, so heard after it had it been sent at all
		committed(notify(other)).block();

		otherDisplay.awaitChanged(2, WITHIN);
		assertThat(display.changed()).containsExactly(new QueueChanged(ward, 0));
	}

	@Test
	void afterItsConnectionIsKilledAnInstanceListensAgainSignalsItsWardsAndHearsTheNextChange() {
		String ward = freshWard();
		EventStreamClient display = display(ward).awaitChanged(1, EVENTUALLY);
		ListeningForQueueChanges listener = instanceB.getBean(ListeningForQueueChanges.class);
		int killed = listener.backendPid();
		assertThat(killed).isPositive();

		Boolean terminated = db(instanceA).sql("select pg_terminate_backend(:pid) as done")
			.bind("pid", killed)
			.map(row -> row.get("done", Boolean.class))
			.one()
			.block();

		assertThat(terminated).isTrue();
		await().atMost(EVENTUALLY).until(() -> listener.backendPid() != 0 && listener.backendPid() != killed);
		// a change may have been missed while it was not listening: the display is told to fetch again
		display.awaitChanged(2, EVENTUALLY);
		int before = display.changed().size();
		committed(notify(ward)).block();
		display.awaitChanged(before + 1, WITHIN);
		assertThat(display.changed()).last().isEqualTo(new QueueChanged(ward, before));
	}

	@Test
	void aBurstOfAHundredChangesGivesAFewEventsNotAHundred() {
		String ward = freshWard();
		String marker = freshWard();
		EventStreamClient display = display(ward).awaitChanged(1, EVENTUALLY);
		EventStreamClient markerDisplay = display(marker).awaitChanged(1, EVENTUALLY);

		// one hundred transactions, ten at a time (within one, PostgreSQL would fold equal notifications into one)
		long start = System.nanoTime();
		Flux.range(0, 100).flatMap(i -> committed(notify(ward)), 10).then(committed(notify(marker))).block();
		// the marker is heard after the whole burst: B has by then seen all hundred
		markerDisplay.awaitChanged(2, EVENTUALLY);
		Duration burst = Duration.ofNanos(System.nanoTime() - start);

		EventStreamClient late = display(ward).awaitChanged(1, EVENTUALLY);
		long sentForTheBurst = late.changed().get(0).seq();
		// at most one at once and one per 200 ms window after it, however long the burst took on this machine
		assertThat(sentForTheBurst).isBetween(1L, 2 + burst.toMillis() / 200).isLessThan(100L);
		// and the display has heard of the burst
		display.awaitChanged(2, WITHIN);
	}

	@Test
	void aWardHasAtMostItsStreamsPerInstanceAndTheGaugeCountsThem() {
		await().atMost(EVENTUALLY).until(() -> openStreamsGauge() == 0);
		String ward = freshWard();
		List<EventStreamClient> admitted = new ArrayList<>();
		for (int i = 0; i < STREAMS_PER_WARD; i++) {
			admitted.add(display(ward).awaitChanged(1, EVENTUALLY));
		}
		assertThat(openStreamsGauge()).isEqualTo(STREAMS_PER_WARD);

		client(instanceB).get()
			.uri("/queue/" + ward + "/events")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.exists("Retry-After")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:onestop:problem:queue-too-many-streams");
		display(freshWard()).awaitChanged(1, EVENTUALLY);

		admitted.get(0).close();
		await().atMost(EVENTUALLY).until(() -> openStreamsGauge() == STREAMS_PER_WARD);
		display(ward).awaitChanged(1, EVENTUALLY);
	}

	@Test
	void anIdleStreamGetsAHeartbeatCommentAndNoEvent() {
		EventStreamClient display = display(freshWard()).awaitChanged(1, EVENTUALLY);

		await().atMost(EVENTUALLY).until(() -> display.comments().size() >= 2);
		assertThat(display.comments()).allMatch("heartbeat"::equals);
		assertThat(display.changed()).hasSize(1);
		assertThat(display.errors()).isEmpty();
	}

	@Test
	void aWardThatIsNotAFiveDigitCodeIsABadRequest() {
		for (String ward : List.of("2024", "202420", "2024x")) {
			client(instanceB).get()
				.uri("/queue/" + ward + "/events")
				.accept(MediaType.TEXT_EVENT_STREAM)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("urn:onestop:problem:invalid-parameter");
		}
	}

	private EventStreamClient display(String ward) {
		EventStreamClient stream = EventStreamClient.open(port(instanceB), "/queue/" + ward + "/events");
		this.streams.add(stream);
		return stream;
	}

	private static double openStreamsGauge() {
		return instanceB.getBean(MeterRegistry.class).get("onestop.queue.event.streams").gauge().value();
	}

	private static Mono<Void> notify(String ward) {
		return db(instanceA).sql("select pg_notify('queue_changed', :ward)").bind("ward", ward).then();
	}

	private static Mono<Void> committed(Mono<Void> work) {
		return transactions(instanceA).transactional(work);
	}

	private static TransactionalOperator transactions(ConfigurableApplicationContext instance) {
		return TransactionalOperator.create(instance.getBean(ReactiveTransactionManager.class));
	}

	private static DatabaseClient db(ConfigurableApplicationContext instance) {
		return instance.getBean(DatabaseClient.class);
	}

	private static WebTestClient client(ConfigurableApplicationContext instance) {
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + port(instance)).build();
	}

	private static int port(ConfigurableApplicationContext instance) {
		return Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
	}

	private static String freshWard() {
		return String.format("%05d", WARDS.incrementAndGet());
	}

	private static ConfigurableApplicationContext start(String... more) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--platform.outbox.relay.enabled=false",
				"--intake.statistics.gauges.enabled=false", "--intake.citizen-service.url=http://localhost:9",
				"--intake.queue.live.reconnect-first=100ms", "--intake.queue.live.reconnect-max=1s"));
		args.addAll(List.of(more));
		return new SpringApplicationBuilder(IntakeApplication.class, OwnEventLoops.class).run(args.toArray(String[]::new));
	}

	private static void awaitListening(ConfigurableApplicationContext instance) {
		ListeningForQueueChanges listener = instance.getBean(ListeningForQueueChanges.class);
		await().atMost(EVENTUALLY).until(() -> listener.backendPid() != 0);
	}

	/**
	 * Each instance's web server and clients on event loops of its own. With Reactor Netty's global ones (the
	 * default), closing an instance disposes them for the whole JVM, and the test contexts Spring keeps for the
	 * other test classes lose theirs. Not a {@code @Configuration}: the test contexts' scan must not find it.
	 */
	static class OwnEventLoops {

		@Bean
		ReactorResourceFactory reactorResourceFactory() {
			ReactorResourceFactory factory = new ReactorResourceFactory();
			factory.setUseGlobalResources(false);
			return factory;
		}

	}

}
