package vn.onestop.intake.queue.live;

import java.time.Duration;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import vn.onestop.support.web.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;

/** The fan-out of one instance, without a database: the listener's part is QueueLiveAcrossInstancesTest's. */
class QueueChangesTest {

	private static final Duration SOON = Duration.ofSeconds(5);

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final QueueChanges changes = changes(Duration.ZERO, 2);

	@Test
	void aStreamStartsWithTheCurrentNumberThenHearsItsWardOnly() {
		StepVerifier.create(this.changes.open("20242"))
			.expectNext(0L)
			.then(() -> this.changes.changed("20243"))
			.then(() -> this.changes.changed("20242"))
			.expectNext(1L)
			.then(() -> this.changes.changed("20242"))
			.expectNext(2L)
			.thenCancel()
			.verify(SOON);
	}

	@Test
	void aChangeOfAWardNobodyWatchesIsDropped() {
		this.changes.changed("20242");

		StepVerifier.create(this.changes.open("20242")).expectNext(0L).thenCancel().verify(SOON);
	}

	@Test
	void aWardIsWatchedWhileItHasStreamsAndTheGaugeCountsThem() {
		Disposable first = this.changes.open("20242").subscribe();
		Disposable second = this.changes.open("20242").subscribe();
		Disposable other = this.changes.open("20243").subscribe();

		assertThat(this.changes.watchedWards()).containsExactlyInAnyOrder("20242", "20243");
		assertThat(gauge()).isEqualTo(3);

		first.dispose();
		other.dispose();
		assertThat(this.changes.watchedWards()).containsExactly("20242");
		assertThat(gauge()).isEqualTo(1);

		second.dispose();
		assertThat(this.changes.watchedWards()).isEmpty();
		assertThat(gauge()).isZero();
	}

	@Test
	void aWardWithAllItsStreamsOpenRefusesAnotherUntilOneCloses() {
		Disposable first = this.changes.open("20242").subscribe();
		this.changes.open("20242").subscribe();

		StepVerifier.create(this.changes.open("20242"))
			.expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(ProblemException.class,
					problem -> {
						assertThat(problem.status().value()).isEqualTo(503);
						assertThat(problem.kind()).isEqualTo("queue-too-many-streams");
						assertThat(problem.headers().getFirst("Retry-After")).isEqualTo("5");
					}))
			.verify(SOON);
		StepVerifier.create(this.changes.open("20243")).expectNext(0L).thenCancel().verify(SOON);

		first.dispose();
		StepVerifier.create(this.changes.open("20242")).expectNext(0L).thenCancel().verify(SOON);
	}

	@Test
	void atShutdownEveryStreamEndsSoTheServerNeedNotWaitForThem() {
		this.changes.start();
		StepVerifier.create(this.changes.open("20242"))
			.expectNext(0L)
			.then(this.changes::stop)
			.expectComplete()
			.verify(SOON);

		// one opened while shutting down ends at once: the browser reconnects, to another instance
		StepVerifier.create(this.changes.open("20242")).expectComplete().verify(SOON);
		assertThat(gauge()).isZero();
	}

	@Test
	void aBurstIsCoalescedAndItsLastChangeStillArrives() {
		QueueChanges coalescing = changes(Duration.ofMillis(200), 10);

		StepVerifier.create(coalescing.open("20242"))
			.expectNext(0L)
			.then(() -> {
				for (int i = 0; i < 100; i++) {
					coalescing.changed("20242");
				}
			})
			.expectNext(1L)
			.expectNext(2L)
			.expectNoEvent(Duration.ofMillis(400))
			.thenCancel()
			.verify(SOON);
	}

	private QueueChanges changes(Duration coalesce, int maxStreamsPerWard) {
		return new QueueChanges(new QueueLiveProperties(coalesce, Duration.ofSeconds(15), maxStreamsPerWard,
				Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofMillis(500), Duration.ofSeconds(15)),
				Schedulers.parallel(), this.meters);
	}

	private double gauge() {
		return this.meters.get("onestop.queue.event.streams").gauge().value();
	}

}
