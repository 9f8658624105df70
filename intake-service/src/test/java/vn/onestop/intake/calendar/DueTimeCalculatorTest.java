package vn.onestop.intake.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.onestop.intake.calendar.DueTimeUnit.CALENDAR_DAYS;
import static vn.onestop.intake.calendar.DueTimeUnit.WORKING_DAYS;
import static vn.onestop.intake.calendar.DueTimeUnit.WORKING_HOURS;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DueTimeCalculatorTest {

	private final DueTimeCalculator calculator = new DueTimeCalculator(VietnamCalendars.standard());

	@Test
	void reproducesTheDomainExampleFridayPlusFiveWorkingDays() {
		DueTime due = dueTime("2023-10-27T09:32", 5, WORKING_DAYS);

		assertThat(due.countingStartsAt()).isEqualTo(LocalDateTime.parse("2023-10-27T09:32"));
		assertThat(due.dueAt()).isEqualTo(LocalDateTime.parse("2023-11-03T09:32"));
		assertThat(due.workingTimeCounted()).isEqualTo(Duration.ofHours(40));
	}

	@ParameterizedTest(name = "received {0} + {1} {2} → due {3}")
	@CsvSource({
			// where the receipt falls
			"2025-10-27T08:00, 1, WORKING_DAYS, 2025-10-28T08:00", // morning
			"2025-10-27T12:00, 1, WORKING_DAYS, 2025-10-28T11:30", // lunch: from 13:30, ends at a session end
			"2025-10-27T18:00, 1, WORKING_DAYS, 2025-10-28T17:00", // after closing
			"2025-11-01T10:00, 2, WORKING_DAYS, 2025-11-04T17:00", // Saturday
			"2025-09-02T08:00, 1, WORKING_DAYS, 2025-09-03T17:00", // National Day 2025
			// breaks and swaps
			"2026-02-12T10:00, 3, WORKING_DAYS, 2026-02-24T10:00", // spans Tết 2026 (14–22 Feb)
			"2025-01-24T14:00, 1, WORKING_DAYS, 2025-02-03T14:00", // spans Tết 2025 (25 Jan–2 Feb)
			"2026-08-21T10:00, 1, WORKING_DAYS, 2026-08-22T10:00", // lands on the make-up Saturday 22/8/2026
			"2026-08-28T10:00, 1, WORKING_DAYS, 2026-09-03T10:00", // spans 29/8–2/9/2026
			"2025-04-25T16:00, 2, WORKING_HOURS, 2025-04-26T08:00", // runs into the worked Saturday 26/4/2025
			"2025-04-26T09:00, 1, WORKING_DAYS, 2025-04-28T09:00", // received on the worked Saturday
			"2025-04-29T09:00, 1, WORKING_DAYS, 2025-05-05T09:00", // spans 30/4–4/5/2025
			"2025-05-02T10:00, 1, WORKING_HOURS, 2025-05-05T08:00", // received on the swapped Friday
			"2025-12-31T16:00, 2, WORKING_HOURS, 2026-01-05T08:00", // spans New Year 2026 and its swap
			"2026-12-30T10:00, 5, WORKING_DAYS, 2027-01-07T10:00", // spans into the provisional 2027
			// session boundaries and lunch
			"2025-10-27T10:00, 2, WORKING_HOURS, 2025-10-27T14:00", "2025-10-27T10:30, 1, WORKING_HOURS, 2025-10-27T11:30",
			"2025-10-27T07:00, 4, WORKING_HOURS, 2025-10-27T11:00", "2025-10-27T07:00, 8, WORKING_HOURS, 2025-10-27T17:00",
			"2025-10-27T11:30, 1, WORKING_HOURS, 2025-10-27T14:30", "2025-10-27T13:30, 3, WORKING_HOURS, 2025-10-27T16:30",
			"2025-10-27T13:30, 4, WORKING_HOURS, 2025-10-28T07:30", "2025-10-27T17:00, 1, WORKING_HOURS, 2025-10-28T08:00",
			"2025-10-27T07:00, 1, WORKING_DAYS, 2025-10-27T17:00", "2025-10-27T09:32:30, 1, WORKING_HOURS, 2025-10-27T10:32:30",
			// nothing to count
			"2025-10-27T12:00, 0, WORKING_DAYS, 2025-10-27T13:30", "2025-11-01T10:00, 0, WORKING_HOURS, 2025-11-03T07:00",
			// large amounts: 2025, 2026 and 2027 each have 250 working days
			"2025-01-02T07:00, 250, WORKING_DAYS, 2025-12-31T17:00", "2025-01-02T07:00, 251, WORKING_DAYS, 2026-01-05T17:00",
			"2025-01-02T07:00, 500, WORKING_DAYS, 2026-12-31T17:00", "2025-01-02T07:00, 4000, WORKING_HOURS, 2026-12-31T17:00",
			"2025-01-02T07:00, 750, WORKING_DAYS, 2027-12-31T17:00" })
	void countsWorkingTimeAlongTheSessions(String receivedAt, int amount, DueTimeUnit unit, String dueAt) {
		assertThat(dueTime(receivedAt, amount, unit).dueAt()).isEqualTo(LocalDateTime.parse(dueAt));
	}

	@Test
	void workingTimeCountedIsTheRequestedAmountForWorkingUnits() {
		assertThat(dueTime("2026-02-12T10:00", 3, WORKING_DAYS).workingTimeCounted()).isEqualTo(Duration.ofHours(24));
		assertThat(dueTime("2025-10-27T12:00", 7, WORKING_HOURS).workingTimeCounted()).isEqualTo(Duration.ofHours(7));
	}

	@ParameterizedTest(name = "received {0} + {1} calendar days → due {2}")
	@CsvSource({ "2025-10-27T10:00, 3, 2025-10-30T10:00", "2025-10-27T10:00, 5, 2025-11-03T10:00", // Saturday → Monday
			"2026-02-09T09:00, 5, 2026-02-23T09:00", // lands in Tết 2026
			"2025-04-25T10:00, 5, 2025-05-05T10:00", // lands on 30/4/2025
			"2025-04-21T10:00, 5, 2025-04-26T10:00", // lands on the worked Saturday: stays
			"2026-04-27T09:00, 2, 2026-05-04T07:00", // received on a day off, lands on 30/4/2026
			"2025-10-27T18:00, 1, 2025-10-29T07:00", // after closing: counts from the next opening
			"2025-11-01T10:00, 0, 2025-11-03T07:00", "2025-01-02T07:00, 1000, 2027-09-29T07:00" })
	void calendarDaysNeverEndOnANonWorkingDay(String receivedAt, int days, String dueAt) {
		assertThat(dueTime(receivedAt, days, CALENDAR_DAYS).dueAt()).isEqualTo(LocalDateTime.parse(dueAt));
	}

	@Test
	void calendarDaysReportTheWorkingTimeTheyContain() {
		assertThat(dueTime("2025-10-27T10:00", 3, CALENDAR_DAYS).workingTimeCounted()).isEqualTo(Duration.ofHours(24));
	}

	@Test
	void refusesADueTimeThatReachesAYearWithoutData() {
		assertThatThrownBy(() -> dueTime("2025-01-02T07:00", 751, WORKING_DAYS))
			.isInstanceOfSatisfying(CalendarYearNotCoveredException.class, ex -> assertThat(ex.year()).isEqualTo(2028));
		assertThatThrownBy(() -> dueTime("2022-12-30T09:00", 1, WORKING_DAYS))
			.isInstanceOfSatisfying(CalendarYearNotCoveredException.class, ex -> assertThat(ex.year()).isEqualTo(2022));
	}

	private DueTime dueTime(String receivedAt, int amount, DueTimeUnit unit) {
		return this.calculator.dueTime(LocalDateTime.parse(receivedAt), ProcessingTime.of(amount, unit));
	}

}
