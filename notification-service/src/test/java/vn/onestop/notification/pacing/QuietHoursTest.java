package vn.onestop.notification.pacing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class QuietHoursTest {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final QuietHours nightly = new QuietHours(LocalTime.of(21, 0), LocalTime.of(7, 0), VIETNAM);

	@ParameterizedTest(name = "non-urgent at {0} goes at {1}")
	@CsvSource({ "2025-07-08T06:00, 2025-07-08T07:00", "2025-07-08T06:59, 2025-07-08T07:00",
			"2025-07-08T06:59:59.999, 2025-07-08T07:00", "2025-07-08T07:00, 2025-07-08T07:00",
			"2025-07-08T07:01, 2025-07-08T07:01", "2025-07-08T12:00, 2025-07-08T12:00",
			"2025-07-08T20:59, 2025-07-08T20:59", "2025-07-08T20:59:59.999, 2025-07-08T20:59:59.999",
			"2025-07-08T21:00, 2025-07-09T07:00", "2025-07-08T22:00, 2025-07-09T07:00",
			"2025-07-08T23:59:59, 2025-07-09T07:00", "2025-07-09T00:00, 2025-07-09T07:00",
			"2025-07-09T00:01, 2025-07-09T07:00", "2025-12-31T22:30, 2026-01-01T07:00",
			"2028-02-28T21:00, 2028-02-29T07:00" })
	void holdsNonUrgentMessagesFromNineInTheEveningToSevenInTheMorning(LocalDateTime at, LocalDateTime expected) {
		assertThat(this.nightly.earliestSend(Urgency.NON_URGENT, vietnam(at))).isEqualTo(vietnam(expected));
	}

	@ParameterizedTest(name = "urgent at {0} goes at once")
	@CsvSource({ "2025-07-08T20:59", "2025-07-08T21:00", "2025-07-08T23:59", "2025-07-09T00:00", "2025-07-09T06:59",
			"2025-07-09T07:00", "2025-07-09T12:00" })
	void neverHoldsUrgentMessages(LocalDateTime at) {
		assertThat(this.nightly.earliestSend(Urgency.URGENT, vietnam(at))).isEqualTo(vietnam(at));
	}

	@ParameterizedTest(name = "{0} in quiet hours: {1}")
	@CsvSource({ "20:59, false", "21:00, true", "23:59, true", "00:00, true", "06:59, true", "07:00, false",
			"12:00, false" })
	void containsItsStartButNotItsEnd(LocalTime time, boolean quiet) {
		assertThat(this.nightly.contains(vietnam(LocalDate.of(2025, 7, 8).atTime(time)))).isEqualTo(quiet);
	}

	@Test
	void readsTheWindowInTheWardsZoneNotInUtc() {
		Instant utcAfternoon = Instant.parse("2025-07-08T15:00:00Z");

		assertThat(this.nightly.contains(utcAfternoon)).isTrue();
		assertThat(this.nightly.earliestSend(Urgency.NON_URGENT, utcAfternoon))
			.isEqualTo(Instant.parse("2025-07-09T00:00:00Z"));
	}

	@ParameterizedTest(name = "22:30–06:00 window: non-urgent at {0} goes at {1}")
	@CsvSource({ "2025-07-08T22:29, 2025-07-08T22:29", "2025-07-08T22:30, 2025-07-09T06:00",
			"2025-07-09T05:59, 2025-07-09T06:00", "2025-07-09T06:00, 2025-07-09T06:00",
			"2025-07-08T21:30, 2025-07-08T21:30" })
	void takesAnotherWindowCrossingMidnight(LocalDateTime at, LocalDateTime expected) {
		QuietHours late = new QuietHours(LocalTime.of(22, 30), LocalTime.of(6, 0), VIETNAM);

		assertThat(late.earliestSend(Urgency.NON_URGENT, vietnam(at))).isEqualTo(vietnam(expected));
	}

	@ParameterizedTest(name = "12:00–13:30 window: non-urgent at {0} goes at {1}")
	@CsvSource({ "2025-07-08T11:59, 2025-07-08T11:59", "2025-07-08T12:00, 2025-07-08T13:30",
			"2025-07-08T13:29, 2025-07-08T13:30", "2025-07-08T13:30, 2025-07-08T13:30",
			"2025-07-08T23:00, 2025-07-08T23:00", "2025-07-09T03:00, 2025-07-09T03:00" })
	void takesAWindowWithinOneDay(LocalDateTime at, LocalDateTime expected) {
		QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 30), VIETNAM);

		assertThat(lunch.earliestSend(Urgency.NON_URGENT, vietnam(at))).isEqualTo(vietnam(expected));
	}

	@Test
	void anEmptyWindowHoldsNothing() {
		QuietHours none = new QuietHours(LocalTime.of(7, 0), LocalTime.of(7, 0), VIETNAM);
		Instant at = vietnam(LocalDateTime.of(2025, 7, 8, 7, 0));

		assertThat(none.contains(at)).isFalse();
		assertThat(none.earliestSend(Urgency.NON_URGENT, at)).isEqualTo(at);
	}

	@Test
	void knowsTheWardsDayAndItsOpening() {
		Instant lateUtc = Instant.parse("2025-07-08T18:00:00Z");

		assertThat(this.nightly.dayOf(lateUtc)).isEqualTo(LocalDate.of(2025, 7, 9));
		assertThat(this.nightly.openingOf(LocalDate.of(2025, 7, 10))).isEqualTo(Instant.parse("2025-07-10T00:00:00Z"));
	}

	@Test
	void needsAllItsParts() {
		assertThatNullPointerException().isThrownBy(() -> new QuietHours(null, LocalTime.NOON, VIETNAM));
		assertThatNullPointerException().isThrownBy(() -> new QuietHours(LocalTime.NOON, null, VIETNAM));
		assertThatNullPointerException().isThrownBy(() -> new QuietHours(LocalTime.NOON, LocalTime.MIDNIGHT, null));
	}

	private static Instant vietnam(LocalDateTime local) {
		return local.atZone(VIETNAM).toInstant();
	}

}
