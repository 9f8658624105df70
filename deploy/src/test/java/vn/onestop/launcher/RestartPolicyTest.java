package vn.onestop.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RestartPolicyTest {

	private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");

	private final RestartPolicy policy = new RestartPolicy();

	@Test
	void waitsOneSecondThenDoublesUpToThirtySecondsWhileTheProcessKeepsDying() {
		List<Long> delays = new ArrayList<>();
		Instant now = T0;
		for (int death = 0; death < 9; death++) {
			RestartPolicy.Restart restart = this.policy.afterDeath(Optional.of(now.minusSeconds(5)), now);
			delays.add(restart.delay().toSeconds());
			now = now.plus(restart.delay()).plusSeconds(10);
		}
		assertThat(delays).containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L, 30L);
	}

	@Test
	void numbersTheRestartsInARow() {
		assertThat(this.policy.afterDeath(Optional.empty(), T0).number()).isEqualTo(1);
		assertThat(this.policy.afterDeath(Optional.empty(), T0.plusSeconds(3)).number()).isEqualTo(2);
		assertThat(this.policy.afterDeath(Optional.empty(), T0.plusSeconds(9)).number()).isEqualTo(3);
	}

	@Test
	void callsItACrashLoopFromTheFifthDeathInARow() {
		List<Boolean> loops = new ArrayList<>();
		for (int death = 0; death < 7; death++) {
			loops.add(this.policy.afterDeath(Optional.empty(), T0.plusSeconds(death * 40L)).crashLoop());
		}
		assertThat(loops).containsExactly(false, false, false, false, true, true, true);
	}

	@Test
	void startsAgainFromOneSecondAfterAMinuteOfHealthyRunning() {
		for (int death = 0; death < 6; death++) {
			this.policy.afterDeath(Optional.empty(), T0.plusSeconds(death));
		}
		Instant readyAt = T0.plusSeconds(100);

		RestartPolicy.Restart restart = this.policy.afterDeath(Optional.of(readyAt), readyAt.plus(RestartPolicy.HEALTHY_RUN));

		assertThat(restart).isEqualTo(new RestartPolicy.Restart(1, Duration.ofSeconds(1), false));
	}

	@Test
	void aRunJustShortOfAMinuteIsNotHealthyYet() {
		this.policy.afterDeath(Optional.empty(), T0);
		Instant readyAt = T0.plusSeconds(10);

		RestartPolicy.Restart restart = this.policy.afterDeath(Optional.of(readyAt),
				readyAt.plus(RestartPolicy.HEALTHY_RUN).minusMillis(1));

		assertThat(restart).isEqualTo(new RestartPolicy.Restart(2, Duration.ofSeconds(2), false));
	}

	@Test
	void aProcessThatNeverGotReadyNeverResetsItsBackoff() {
		this.policy.afterDeath(Optional.empty(), T0);

		RestartPolicy.Restart restart = this.policy.afterDeath(Optional.empty(), T0.plus(Duration.ofHours(1)));

		assertThat(restart.number()).isEqualTo(2);
		assertThat(restart.delay()).isEqualTo(Duration.ofSeconds(2));
	}

	@Test
	void neverOverflowsHoweverLongItKeepsDying() {
		RestartPolicy.Restart restart = null;
		for (int death = 0; death < 200; death++) {
			restart = this.policy.afterDeath(Optional.empty(), T0.plusSeconds(death * 30L));
		}
		assertThat(restart).isEqualTo(new RestartPolicy.Restart(200, Duration.ofSeconds(30), true));
	}

	@Test
	void followsItsOwnSettings() {
		RestartPolicy quick = new RestartPolicy(Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofSeconds(5), 2);

		assertThat(quick.afterDeath(Optional.empty(), T0)).isEqualTo(new RestartPolicy.Restart(1, Duration.ofMillis(100), false));
		assertThat(quick.afterDeath(Optional.empty(), T0)).isEqualTo(new RestartPolicy.Restart(2, Duration.ofMillis(200), true));
		assertThat(quick.afterDeath(Optional.empty(), T0)).isEqualTo(new RestartPolicy.Restart(3, Duration.ofMillis(250), true));
		assertThat(quick.afterDeath(Optional.of(T0), T0.plusSeconds(5)))
			.isEqualTo(new RestartPolicy.Restart(1, Duration.ofMillis(100), false));
	}

	@Test
	void refusesSettingsThatMakeNoSense() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RestartPolicy(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1), 1));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RestartPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(1), 1));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1), 0));
	}

}
