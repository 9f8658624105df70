package vn.onestop.intake.dossier;

import java.time.Duration;
import java.time.LocalDateTime;

import vn.onestop.intake.calendar.WorkingCalendar;

/**
 * The clock of a dossier stops while the citizen supplements it: on resumption the appointment
 * moves forward by the working time that passed between the request and the resumption.
 */
final class SupplementPause {

	record Resumed(Duration pausedWorkingTime, LocalDateTime dueAt) {

		long pausedWorkingMinutes() {
			return this.pausedWorkingTime.toMinutes();
		}

	}

	private SupplementPause() {
	}

	static Resumed resume(WorkingCalendar calendar, LocalDateTime pausedAt, LocalDateTime resumedAt,
			LocalDateTime dueAt) {
		Duration paused = resumedAt.isAfter(pausedAt) ? calendar.workingTimeBetween(pausedAt, resumedAt) : Duration.ZERO;
		if (paused.isZero()) {
			return new Resumed(paused, dueAt);
		}
		return new Resumed(paused, calendar.plusWorkingTime(dueAt, paused));
	}

}
