package vn.onestop.notification.delivery;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BackoffTest {

	private final Backoff backoff = new Backoff(Duration.ofSeconds(30), 2.0, Duration.ofMinutes(30), 0.5);

	@ParameterizedTest
	@CsvSource({ "1, 30", "2, 60", "3, 120", "4, 240", "6, 960", "7, 1800", "20, 1800", "1000, 1800" })
	void growsExponentiallyUpToTheMaximumWithoutJitter(int attempts, long seconds) {
		assertThat(this.backoff.delay(attempts, 0.0)).isEqualTo(Duration.ofSeconds(seconds));
	}

	@Test
	void jitterTakesOffUpToItsShare() {
		assertThat(this.backoff.delay(2, 0.5)).isEqualTo(Duration.ofSeconds(45));
		assertThat(this.backoff.delay(2, 0.999999)).isBetween(Duration.ofSeconds(30), Duration.ofMillis(30_001));
		assertThat(this.backoff.delay(7, 0.5)).isEqualTo(Duration.ofSeconds(1350));
	}

	@Test
	void withoutJitterEveryDrawGivesTheSameDelay() {
		Backoff steady = new Backoff(Duration.ofMillis(100), 3.0, Duration.ofSeconds(10), 0);

		assertThat(steady.delay(3, 0.0)).isEqualTo(steady.delay(3, 0.9)).isEqualTo(Duration.ofMillis(900));
	}

	@Test
	void aMultiplierOfOneIsAConstantDelay() {
		Backoff constant = new Backoff(Duration.ofSeconds(5), 1.0, Duration.ofSeconds(5), 0);

		assertThat(constant.delay(1, 0)).isEqualTo(constant.delay(50, 0)).isEqualTo(Duration.ofSeconds(5));
	}

	@Test
	void refusesNonsense() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Backoff(Duration.ZERO, 2, Duration.ofSeconds(1), 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new Backoff(Duration.ofSeconds(1), 0.5, Duration.ofSeconds(1), 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new Backoff(Duration.ofSeconds(2), 2, Duration.ofSeconds(1), 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new Backoff(Duration.ofSeconds(1), 2, Duration.ofSeconds(1), 1.5));
		assertThatIllegalArgumentException().isThrownBy(() -> this.backoff.delay(0, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> this.backoff.delay(1, 1.0));
		assertThatIllegalArgumentException().isThrownBy(() -> this.backoff.delay(1, -0.1));
	}

}
