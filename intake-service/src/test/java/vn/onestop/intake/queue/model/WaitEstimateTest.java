package vn.onestop.intake.queue.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class WaitEstimateTest {

	private static final Duration EXPECTED = Duration.ofMinutes(10);

	private static Duration minutes(long minutes) {
		return Duration.ofMinutes(minutes);
	}

	@Test
	void peopleAheadTimesTheMedianServiceOverTheOpenCounters() {
		List<Duration> today = List.of(minutes(4), minutes(6), minutes(30));
		assertThat(WaitEstimate.estimate(9, today, EXPECTED, 3)).contains(minutes(18));
	}

	@Test
	void theMedianIgnoresOneVeryLongService() {
		assertThat(WaitEstimate.median(List.of(minutes(5), minutes(120), minutes(6)))).contains(minutes(6));
	}

	@Test
	void anEvenCountTakesTheMeanOfTheTwoMiddleOnes() {
		assertThat(WaitEstimate.median(List.of(minutes(8), minutes(4), minutes(6), minutes(100)))).contains(minutes(7));
		assertThat(WaitEstimate.median(List.of(Duration.ofSeconds(61), Duration.ofSeconds(62))))
			.contains(Duration.ofMillis(61_500));
	}

	@Test
	void beforeAnyServiceTheFieldsExpectedTimeIsUsed() {
		assertThat(WaitEstimate.median(List.of())).isEmpty();
		assertThat(WaitEstimate.estimate(3, List.of(), EXPECTED, 2)).contains(minutes(15));
	}

	@Test
	void theWaitIsRoundedUpToAWholeMinute() {
		assertThat(WaitEstimate.estimate(1, List.of(Duration.ofSeconds(61)), EXPECTED, 1)).contains(minutes(2));
		assertThat(WaitEstimate.estimate(1, List.of(minutes(5)), EXPECTED, 2)).contains(minutes(3));
		assertThat(WaitEstimate.estimate(2, List.of(minutes(5)), EXPECTED, 2)).contains(minutes(5));
	}

	@Test
	void nobodyAheadIsNoWait() {
		assertThat(WaitEstimate.estimate(0, List.of(minutes(5)), EXPECTED, 1)).contains(Duration.ZERO);
	}

	@Test
	void noOpenCounterMeansNoEstimate() {
		assertThat(WaitEstimate.estimate(4, List.of(minutes(5)), EXPECTED, 0)).isEmpty();
	}

	@Test
	void negativeInputsAreProgrammingErrors() {
		assertThatIllegalArgumentException().isThrownBy(() -> WaitEstimate.estimate(-1, List.of(), EXPECTED, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> WaitEstimate.estimate(1, List.of(), EXPECTED, -1));
	}

}
