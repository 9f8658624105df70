package vn.onestop.intake.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

	private final WorkingCalendar calendar = VietnamCalendars.standard();

	@ParameterizedTest
	@CsvSource({ "2025-10-27, true", "2025-10-31, true", "2025-11-01, false", "2025-11-02, false",
			"2025-01-01, false", "2025-01-27, false", "2025-04-07, false", "2025-04-26, true", "2025-04-30, false",
			"2025-05-02, false", "2025-05-05, true", "2025-09-01, false", "2025-09-02, false", "2025-09-03, true",
			"2026-01-02, false", "2026-01-10, true", "2026-02-13, true", "2026-02-16, false", "2026-02-20, false",
			"2026-02-23, true", "2026-04-27, false", "2026-08-22, true", "2026-08-31, false", "2026-09-03, true",
			"2027-02-05, false", "2027-05-03, false", "2027-09-03, false" })
	void weekendsHolidaysAndMakeupDaysDecideWhetherADayIsWorked(LocalDate date, boolean working) {
		assertThat(this.calendar.isWorkingDay(date)).isEqualTo(working);
	}

	@ParameterizedTest
	@CsvSource({
			"2025-10-27T09:32, 2025-10-27T09:32", // inside the morning session
			"2025-10-27T06:15, 2025-10-27T07:00", // before opening
			"2025-10-27T07:00, 2025-10-27T07:00", "2025-10-27T11:30, 2025-10-27T13:30", // lunch starts at 11:30
			"2025-10-27T12:10, 2025-10-27T13:30", "2025-10-27T13:30, 2025-10-27T13:30",
			"2025-10-27T17:00, 2025-10-28T07:00", // closing belongs to the next day
			"2025-10-31T18:45, 2025-11-03T07:00", // Friday evening
			"2025-11-01T10:00, 2025-11-03T07:00", // Saturday
			"2025-09-02T09:00, 2025-09-03T07:00", // National Day
			"2026-02-13T17:30, 2026-02-23T07:00", // eve of the Tết 2026 break
			"2026-08-21T17:05, 2026-08-22T07:00", // the next day is a make-up Saturday
			"2025-12-31T17:00, 2026-01-05T07:00" // New Year 2026 with its swapped Friday
	})
	void countingStartsAtTheReceiptTimeOrTheNextOpening(LocalDateTime receivedAt, LocalDateTime start) {
		assertThat(this.calendar.countingStart(receivedAt)).isEqualTo(start);
	}

	@Test
	void nextWorkingDayCrossesIntoTheFollowingYear() {
		assertThat(this.calendar.nextWorkingDayAfter(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(this.calendar.workingDayOnOrAfter(LocalDate.of(2026, 2, 14))).isEqualTo(LocalDate.of(2026, 2, 23));
	}

	@Test
	void workingTimeBetweenTwoInstantsSkipsLunchNightsAndDaysOff() {
		assertThat(this.calendar.workingTimeBetween(LocalDateTime.parse("2025-10-27T10:00"),
				LocalDateTime.parse("2025-10-27T14:00"))).isEqualTo(Duration.ofHours(2));
		assertThat(this.calendar.workingTimeBetween(LocalDateTime.parse("2025-10-31T16:00"),
				LocalDateTime.parse("2025-11-03T08:00"))).isEqualTo(Duration.ofHours(2));
		assertThat(this.calendar.workingTimeBetween(LocalDateTime.parse("2026-02-13T07:00"),
				LocalDateTime.parse("2026-02-23T17:00"))).isEqualTo(Duration.ofHours(16));
		assertThat(this.calendar.workingTimeBetween(LocalDateTime.parse("2025-10-27T14:00"),
				LocalDateTime.parse("2025-10-27T10:00"))).isZero();
	}

	@Test
	void plusWorkingTimeEndsAtASessionEndRatherThanTheNextOpening() {
		assertThat(this.calendar.plusWorkingTime(LocalDateTime.parse("2025-10-27T07:00"), Duration.ofMinutes(270)))
			.isEqualTo(LocalDateTime.parse("2025-10-27T11:30"));
		assertThat(this.calendar.plusWorkingTime(LocalDateTime.parse("2025-10-27T07:00"), Duration.ofHours(8)))
			.isEqualTo(LocalDateTime.parse("2025-10-27T17:00"));
	}

	@Test
	void plusWorkingTimeRejectsNegativeDurations() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.calendar.plusWorkingTime(LocalDateTime.parse("2025-10-27T07:00"), Duration.ofHours(-1)));
	}

	@Test
	void refusesToAnswerForAYearItDoesNotCover() {
		assertThatThrownBy(() -> this.calendar.isWorkingDay(LocalDate.of(2028, 1, 3)))
			.isInstanceOfSatisfying(CalendarYearNotCoveredException.class, ex -> assertThat(ex.year()).isEqualTo(2028));
		assertThatThrownBy(() -> this.calendar.countingStart(LocalDateTime.parse("2027-12-31T17:30")))
			.isInstanceOfSatisfying(CalendarYearNotCoveredException.class, ex -> assertThat(ex.year()).isEqualTo(2028));
	}

	@Test
	void withAddsOrReplacesAYear() {
		WorkingCalendar only2025 = new WorkingCalendar(WorkingSessions.STANDARD, List.of(VietnamCalendars.Y2025));
		WorkingCalendar extended = only2025.with(VietnamCalendars.Y2026).with(VietnamCalendars.Y2026);

		assertThat(only2025.coveredYears()).containsExactly(2025);
		assertThat(extended.coveredYears()).containsExactlyInAnyOrder(2025, 2026);
		assertThat(extended.isWorkingDay(LocalDate.of(2026, 8, 22))).isTrue();
	}

	@Test
	void aCalendarYearRejectsDaysOfAnotherYearAndDuplicates() {
		CalendarDay newYear = new CalendarDay(LocalDate.of(2025, 1, 1), CalendarDayKind.HOLIDAY, "Tết Dương lịch");

		assertThatIllegalArgumentException().isThrownBy(() -> new CalendarYear(2026, false, List.of(newYear)));
		assertThatIllegalArgumentException().isThrownBy(() -> new CalendarYear(2025, false, List.of(newYear, newYear)));
		assertThat(VietnamCalendars.Y2026.makeupWorkdays()).extracting(CalendarDay::date)
			.containsExactly(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 8, 22));
	}

}
