package vn.onestop.intake.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import vn.onestop.intake.calendar.CalendarDay;
import vn.onestop.intake.calendar.CalendarDayKind;
import vn.onestop.intake.calendar.CalendarYear;
import vn.onestop.intake.calendar.WorkingCalendar;
import vn.onestop.intake.calendar.WorkingSessions;

/** The pure rules of lines 4 and 5: the supplement pause, near-due, overdue and timeliness by date. */
class LatenessRulesTest {

	/** 2026 with the National Day break 29 August–2 September and Saturday 22 August worked. */
	static final WorkingCalendar CALENDAR = new WorkingCalendar(WorkingSessions.STANDARD,
			List.of(new CalendarYear(2026, false, List.of(
					new CalendarDay(LocalDate.of(2026, 8, 22), CalendarDayKind.MAKEUP_WORKDAY, "Làm bù"),
					new CalendarDay(LocalDate.of(2026, 8, 31), CalendarDayKind.HOLIDAY, "Nghỉ bù"),
					new CalendarDay(LocalDate.of(2026, 9, 1), CalendarDayKind.HOLIDAY, "Quốc khánh"),
					new CalendarDay(LocalDate.of(2026, 9, 2), CalendarDayKind.HOLIDAY, "Quốc khánh")))));

	private static LocalDateTime at(String text) {
		return LocalDateTime.parse(text);
	}

	@ParameterizedTest(name = "paused {0} → resumed {1}: {3} working minutes, due {2} → {4}")
	@CsvSource({
			// within one morning: 1 h paused, due moves 1 h
			"2026-10-26T08:00, 2026-10-26T09:00, 2026-10-29T09:30, 60, 2026-10-29T10:30",
			// across lunch: 11:00–14:00 is 30 + 30 working minutes
			"2026-10-26T11:00, 2026-10-26T14:00, 2026-10-29T09:30, 60, 2026-10-29T10:30",
			// overnight: 16:00 to next 08:00 is 60 + 60 working minutes
			"2026-10-26T16:00, 2026-10-27T08:00, 2026-10-29T16:30, 120, 2026-10-30T08:30",
			// over a weekend: Friday 16:30 to Monday 07:30 is one working hour; 11:00 + 1 h spans lunch
			"2026-10-30T16:30, 2026-11-02T07:30, 2026-11-03T11:00, 60, 2026-11-03T14:00",
			// across the National Day break (the make-up Saturday counts): Friday 28/8 17:00 → Thursday 3/9 07:00
			"2026-08-28T17:00, 2026-09-03T07:00, 2026-08-31T09:00, 0, 2026-08-31T09:00",
			// paused and resumed out of hours: nothing passed, due unchanged even when it ends a session
			"2026-10-26T18:00, 2026-10-26T20:00, 2026-10-29T17:00, 0, 2026-10-29T17:00",
			// a due time ending a day moves into the next morning
			"2026-10-26T09:00, 2026-10-26T09:30, 2026-10-29T17:00, 30, 2026-10-30T07:30",
			// a whole working day paused on the make-up Saturday and Monday
			"2026-08-21T17:00, 2026-08-24T17:00, 2026-08-26T10:00, 960, 2026-08-28T10:00" })
	void resumingMovesTheAppointmentByThePausedWorkingTime(String pausedAt, String resumedAt, String due,
			long minutes, String newDue) {
		SupplementPause.Resumed resumed = SupplementPause.resume(CALENDAR, at(pausedAt), at(resumedAt), at(due));
		assertThat(resumed.pausedWorkingMinutes()).isEqualTo(minutes);
		assertThat(resumed.dueAt()).isEqualTo(at(newDue));
	}

	@Test
	void aResumptionBeforeThePauseCountsNothing() {
		assertThat(SupplementPause.resume(CALENDAR, at("2026-10-26T10:00"), at("2026-10-26T09:00"),
				at("2026-10-29T09:30")).pausedWorkingTime()).isEqualTo(Duration.ZERO);
	}

	@ParameterizedTest(name = "now {0}: horizon {1}")
	@CsvSource({ "2026-10-26T09:30, 2026-10-27T09:30", /* lunch counts from 13:30 */ "2026-10-30T14:00, 2026-11-02T14:00",
			"2026-10-26T18:00, 2026-10-27T17:00", "2026-10-26T12:00, 2026-10-27T11:30",
			"2026-08-28T10:00, 2026-09-03T10:00", "2026-08-21T10:00, 2026-08-22T10:00" })
	void theNearDueHorizonIsOneWorkingDayAhead(String now, String horizon) {
		assertThat(Lateness.nearDueHorizon(CALENDAR, at(now))).isEqualTo(at(horizon));
	}

	@ParameterizedTest(name = "due {0}: nearDue {1}, overdue {2}")
	@CsvSource({ "2026-10-27T09:30, true, false", "2026-10-27T09:31, false, false", "2026-10-26T09:31, true, false",
			"2026-10-26T09:30, false, false", "2026-10-26T09:29, false, true", "2026-10-20T17:00, false, true" })
	void nearDueAndOverdueWhileTheClockRuns(String due, boolean nearDue, boolean overdue) {
		LocalDateTime now = at("2026-10-26T09:30");
		LocalDateTime horizon = Lateness.nearDueHorizon(CALENDAR, now);
		for (DossierStatus status : Lateness.CLOCK_RUNNING) {
			assertThat(Lateness.nearDue(status, at(due), now, horizon)).as(status.name()).isEqualTo(nearDue);
			assertThat(Lateness.overdue(status, at(due), now)).as(status.name()).isEqualTo(overdue);
		}
	}

	@ParameterizedTest
	@EnumSource(value = DossierStatus.class, names = { "SUPPLEMENT_REQUESTED", "RESULT_READY", "RETURNED", "REFUSED",
			"WITHDRAWN", "STOPPED" })
	void aPausedOrFinishedDossierIsNeitherNearDueNorOverdue(DossierStatus status) {
		LocalDateTime now = at("2026-10-26T09:30");
		assertThat(Lateness.nearDue(status, at("2026-10-26T10:00"), now, at("2026-10-27T09:30"))).isFalse();
		assertThat(Lateness.overdue(status, at("2026-10-01T10:00"), now)).isFalse();
	}

	@ParameterizedTest(name = "returned {0}, appointment {1}: {2}")
	@CsvSource({ "2026-10-28, 2026-10-29, EARLY", "2026-10-29, 2026-10-29, ON_TIME", "2026-10-30, 2026-10-29, LATE",
			"2025-12-31, 2026-01-01, EARLY", "2027-01-01, 2026-12-31, LATE" })
	void timelinessComparesDatesOnly(LocalDate returned, LocalDate appointment, Timeliness expected) {
		assertThat(Timeliness.of(returned, appointment)).isEqualTo(expected);
	}

	@Test
	void timelinessTagsAreTheMetricContractValues() {
		assertThat(List.of(Timeliness.values())).extracting(Timeliness::tag).containsExactly("early", "on_time", "late");
		assertThat(List.of(Rating.values())).extracting(Rating::tag)
			.containsExactly("very_satisfied", "satisfied", "dissatisfied");
	}

}
