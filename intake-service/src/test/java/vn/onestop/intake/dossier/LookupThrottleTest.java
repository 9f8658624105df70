package vn.onestop.intake.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of slowing down wrong code and phone pairs, without Spring. */
class LookupThrottleTest {

	private static final LocalDateTime START = LocalDateTime.of(2026, 10, 26, 9, 30);

	private static final LookupThrottle.Settings DEFAULTS = new LookupThrottleProperties(5, Duration.ofMinutes(15),
			Duration.ofSeconds(30), Duration.ofMinutes(15), 1000).settings();

	private final MutableClock clock = new MutableClock();

	private LookupThrottle throttle;

	@BeforeEach
	void atStart() {
		this.clock.set(START);
		this.throttle = new LookupThrottle(DEFAULTS, this.clock);
	}

	@Test
	void aClientWithoutWrongPairsNeverWaits() {
		assertThat(this.throttle.waitFor("198.51.100.1")).isEmpty();
		assertThat(this.throttle.remembered()).isZero();
	}

	@Test
	void fourWrongPairsAreFreeTheFifthMakesTheClientWaitTheFirstDelay() {
		fail("198.51.100.1", 4);
		assertThat(this.throttle.waitFor("198.51.100.1")).isEmpty();
		fail("198.51.100.1", 1);
		assertThat(this.throttle.waitFor("198.51.100.1")).contains(Duration.ofSeconds(30));
	}

	@Test
	void theWaitCountsDownAndEnds() {
		fail("198.51.100.1", 5);
		after(Duration.ofSeconds(10));
		assertThat(this.throttle.waitFor("198.51.100.1")).contains(Duration.ofSeconds(20));
		after(Duration.ofSeconds(20));
		assertThat(this.throttle.waitFor("198.51.100.1")).isEmpty();
	}

	@Test
	void eachFurtherWrongPairDoublesTheWaitUpToTheMaximum() {
		fail("198.51.100.1", 5);
		Duration[] expected = { Duration.ofSeconds(60), Duration.ofSeconds(120), Duration.ofSeconds(240),
				Duration.ofSeconds(480), Duration.ofMinutes(15), Duration.ofMinutes(15) };
		for (Duration wait : expected) {
			after(this.throttle.waitFor("198.51.100.1").orElseThrow());
			fail("198.51.100.1", 1);
			assertThat(this.throttle.waitFor("198.51.100.1")).contains(wait);
		}
	}

	@ParameterizedTest
	@CsvSource({ "1, 0", "4, 0", "5, 30", "6, 60", "7, 120", "8, 240", "9, 480", "10, 900", "11, 900", "1000, 900" })
	void theDelayAfterTheNthWrongPair(int count, long seconds) {
		assertThat(this.throttle.delayAfter(count)).isEqualTo(Duration.ofSeconds(seconds));
	}

	@Test
	void theDelayNeverExceedsTheWindow() {
		LookupThrottle shortWindow = new LookupThrottle(new LookupThrottle.Settings(1, Duration.ofMinutes(1),
				Duration.ofSeconds(30), Duration.ofHours(1), 10), this.clock);
		assertThat(shortWindow.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(shortWindow.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
		assertThat(shortWindow.delayAfter(50)).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void aWholeWindowWithoutAWrongPairForgetsTheClient() {
		fail("198.51.100.1", 4);
		after(Duration.ofMinutes(15));
		fail("198.51.100.1", 4);
		assertThat(this.throttle.waitFor("198.51.100.1")).isEmpty();
		fail("198.51.100.1", 1);
		assertThat(this.throttle.waitFor("198.51.100.1")).contains(Duration.ofSeconds(30));
	}

	@Test
	void wrongPairsSpreadWithinTheWindowOfEachOtherStillCount() {
		for (int i = 0; i < 5; i++) {
			fail("198.51.100.1", 1);
			after(Duration.ofMinutes(14));
		}
		assertThat(this.throttle.waitFor("198.51.100.1")).isEmpty();
		this.clock.set(START.plusMinutes(14 * 4));
		assertThat(this.throttle.waitFor("198.51.100.1")).contains(Duration.ofSeconds(30));
	}

	@Test
	void aClientThatKeepsGuessingAfterTheLongestWaitWaitsTheLongestAgain() {
		fail("198.51.100.1", 12);
		assertThat(this.throttle.waitFor("198.51.100.1")).contains(Duration.ofMinutes(15));
		after(Duration.ofMinutes(15));
		assertThat(this.throttle.waitFor("198.51.100.1")).isEmpty();
		assertThat(this.throttle.remembered()).isOne();
		fail("198.51.100.1", 1);
		assertThat(this.throttle.waitFor("198.51.100.1")).contains(Duration.ofMinutes(15));
	}

	@Test
	void aWholeWindowWithoutAWrongPairAfterItsWaitForgetsAClient() {
		fail("198.51.100.1", 7);
		assertThat(this.throttle.waitFor("198.51.100.1")).contains(Duration.ofSeconds(120));
		after(Duration.ofSeconds(120).plus(Duration.ofMinutes(15)).minusSeconds(1));
		assertThat(this.throttle.remembered()).isOne();
		assertThat(this.throttle.waitFor("198.51.100.1")).isEmpty();
		after(Duration.ofSeconds(1));
		assertThat(this.throttle.waitFor("198.51.100.1")).isEmpty();
		assertThat(this.throttle.remembered()).isZero();
		fail("198.51.100.1", 4);
		assertThat(this.throttle.waitFor("198.51.100.1")).isEmpty();
	}

	@Test
	void clientsAreCountedApartAndOneClientsWrongPairsNeverSlowAnother() {
		fail("198.51.100.1", 5);
		fail("198.51.100.2", 4);
		assertThat(this.throttle.waitFor("198.51.100.1")).isPresent();
		assertThat(this.throttle.waitFor("198.51.100.2")).isEmpty();
		assertThat(this.throttle.waitFor("198.51.100.3")).isEmpty();
	}

	@Test
	void remembersAtMostMaxClientsForgettingTheLeastRecentlySeen() {
		LookupThrottle small = new LookupThrottle(new LookupThrottle.Settings(1, Duration.ofMinutes(15),
				Duration.ofSeconds(30), Duration.ofMinutes(15), 3), this.clock);
		small.failed("a");
		small.failed("b");
		small.failed("c");
		assertThat(small.waitFor("a")).isPresent();
		small.failed("d");
		assertThat(small.remembered()).isEqualTo(3);
		assertThat(small.waitFor("b")).as("least recently seen, forgotten").isEmpty();
		assertThat(small.waitFor("a")).isPresent();
		assertThat(small.waitFor("c")).isPresent();
		assertThat(small.waitFor("d")).isPresent();
	}

	@Test
	void refusesSettingsThatAreNotPositive() {
		Duration minute = Duration.ofMinutes(1);
		assertThatIllegalArgumentException().isThrownBy(() -> new LookupThrottle.Settings(0, minute, minute, minute, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new LookupThrottle.Settings(1, Duration.ZERO, minute, minute, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new LookupThrottle.Settings(1, minute, minute.negated(), minute, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new LookupThrottle.Settings(1, minute, minute, null, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new LookupThrottle.Settings(1, minute, minute, minute, 0));
	}

	@Test
	void theRetryAfterOfTheProblemIsTheWaitInWholeSecondsRoundedUp() {
		assertThat(MatchingCodeAndPhone.tooMany(Duration.ofMillis(29_001)).headers().getFirst("Retry-After")).isEqualTo("30");
		assertThat(MatchingCodeAndPhone.tooMany(Duration.ofMillis(1)).headers().getFirst("Retry-After")).isEqualTo("1");
		assertThat(MatchingCodeAndPhone.tooMany(Duration.ofSeconds(900)).status().value()).isEqualTo(429);
		assertThat(Optional.of(MatchingCodeAndPhone.tooMany(Duration.ofSeconds(1)).kind())).contains("too-many-requests");
	}

	private void fail(String client, int times) {
		for (int i = 0; i < times; i++) {
			this.throttle.failed(client);
		}
	}

	private void after(Duration duration) {
		this.clock.set(LocalDateTime.ofInstant(this.clock.instant().plus(duration), this.clock.getZone()));
	}

}
