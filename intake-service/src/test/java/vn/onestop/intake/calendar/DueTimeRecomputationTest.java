package vn.onestop.intake.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.onestop.intake.calendar.DueTimeRecomputation.OpenDossier;
import vn.onestop.intake.calendar.DueTimeRecomputation.Recomputed;

class DueTimeRecomputationTest {

	/** Monday 7 June 2027, 09:30. */
	private static final Instant RECEIVED = at(LocalDateTime.of(2027, 6, 7, 9, 30));

	private static final Instant THURSDAY = at(LocalDateTime.of(2027, 6, 10, 9, 30));

	private static Instant at(LocalDateTime local) {
		return local.atZone(WorkingCalendar.ZONE).toInstant();
	}

	private static OpenDossier dossier(ProcessingTime time, long pausedMinutes) {
		return new OpenDossier(UUID.randomUUID(), 3, RECEIVED, RECEIVED, THURSDAY, time, pausedMinutes);
	}

	private static WorkingCalendar withHoliday(LocalDate holiday) {
		List<CalendarDay> days = new ArrayList<>(VietnamCalendars.Y2027.days());
		days.add(new CalendarDay(holiday, CalendarDayKind.HOLIDAY, "Thử"));
		return VietnamCalendars.standard().with(new CalendarYear(2027, true, days));
	}

	@Test
	void anUnchangedCalendarLeavesTheAppointment() {
		Recomputed same = DueTimeRecomputation.recompute(VietnamCalendars.standard(),
				dossier(ProcessingTime.of(3, DueTimeUnit.WORKING_DAYS), 0));
		assertThat(same.changed()).isFalse();
		assertThat(same.dueAt()).isEqualTo(THURSDAY);
	}

	@Test
	void aHolidayInsideTheSpanMovesItByAWorkingDay() {
		Recomputed moved = DueTimeRecomputation.recompute(withHoliday(LocalDate.of(2027, 6, 9)),
				dossier(ProcessingTime.of(3, DueTimeUnit.WORKING_DAYS), 0));
		assertThat(moved.changed()).isTrue();
		assertThat(moved.dueAt()).isEqualTo(at(LocalDateTime.of(2027, 6, 11, 9, 30)));
		assertThat(moved.countingStartsAt()).isEqualTo(RECEIVED);
	}

	@Test
	void keepsThePausedWorkingTimeAfterTheRecomputedAppointment() {
		Recomputed moved = DueTimeRecomputation.recompute(withHoliday(LocalDate.of(2027, 6, 9)),
				dossier(ProcessingTime.of(3, DueTimeUnit.WORKING_DAYS), 480 + 60));
		assertThat(moved.dueAt()).isEqualTo(at(LocalDateTime.of(2027, 6, 14, 10, 30)));
	}

	@Test
	void aHolidayOnTheReceiptDayMovesTheCountingStart() {
		Recomputed moved = DueTimeRecomputation.recompute(withHoliday(LocalDate.of(2027, 6, 7)),
				dossier(ProcessingTime.sameDay(LocalTime.of(15, 0)), 0));
		assertThat(moved.countingStartsAt()).isEqualTo(at(LocalDateTime.of(2027, 6, 8, 7, 0)));
		assertThat(moved.dueAt()).isEqualTo(at(LocalDateTime.of(2027, 6, 8, 17, 0)));
	}

}
