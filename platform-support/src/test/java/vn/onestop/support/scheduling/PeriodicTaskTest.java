package vn.onestop.support.scheduling;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodicTaskTest {

	@Test
	void runsItsStepAgainAndAgainUntilStoppedAndSurvivesAFailingStep() {
		AtomicInteger runs = new AtomicInteger();
		PeriodicTask loop = task("test", Duration.ofMillis(10),
				() -> runs.incrementAndGet() == 2 ? Mono.error(new IllegalStateException("boom")) : Mono.just(1));

		loop.start();
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (runs.get() < 5 && System.nanoTime() < deadline) {
			java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
		}
		assertThat(loop.isRunning()).isTrue();
		loop.stop();

		assertThat(runs.get()).isGreaterThanOrEqualTo(5);
		assertThat(loop.isRunning()).isFalse();
	}

	@Test
	void neverRunsTwoStepsAtOnce() {
		AtomicInteger running = new AtomicInteger();
		AtomicInteger overlaps = new AtomicInteger();
		AtomicInteger runs = new AtomicInteger();
		PeriodicTask loop = task("slow", Duration.ofMillis(1), () -> Mono.defer(() -> {
			if (running.incrementAndGet() > 1) {
				overlaps.incrementAndGet();
			}
			return Mono.delay(Duration.ofMillis(20)).doOnTerminate(() -> {
				running.decrementAndGet();
				runs.incrementAndGet();
			});
		}));

		loop.start();
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (runs.get() < 5 && System.nanoTime() < deadline) {
			java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
		}
		loop.stop();

		assertThat(runs.get()).isGreaterThanOrEqualTo(5);
		assertThat(overlaps.get()).isZero();
	}

	private static PeriodicTask task(String name, Duration every, java.util.function.Supplier<Mono<?>> step) {
		return new PeriodicTask(name, Duration.ZERO, every) {
			@Override
			protected Mono<?> step() {
				return step.get();
			}
		};
	}

}
