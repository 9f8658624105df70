package vn.onestop.support.outbox;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

	private final Backoff lowest = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), () -> 0.0);

	private final Backoff highest = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), () -> 1.0);

	@Test
	void waitsNotAtAllBeforeTheFirstFailure() {
		assertThat(this.highest.delayAfter(0)).isZero();
	}

	@Test
	void doublesWithEachFailureBetweenHalfAndAllOfTheStep() {
		assertThat(this.lowest.delayAfter(1)).isEqualTo(Duration.ofMillis(500));
		assertThat(this.highest.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
		assertThat(this.lowest.delayAfter(4)).isEqualTo(Duration.ofSeconds(4));
		assertThat(this.highest.delayAfter(4)).isEqualTo(Duration.ofSeconds(8));
	}

	@Test
	void neverWaitsLongerThanTheMaximumEvenAfterVeryManyFailures() {
		assertThat(this.highest.delayAfter(7)).isEqualTo(Duration.ofSeconds(60));
		assertThat(this.highest.delayAfter(1_000)).isEqualTo(Duration.ofSeconds(60));
		assertThat(this.lowest.delayAfter(1_000)).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void spreadsRetriesWithJitter() {
		Backoff random = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60));
		assertThat(random.delayAfter(3)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
	}

}
