package vn.onestop.intake.queue.model;

import java.time.Instant;
import java.time.LocalDate;

import vn.onestop.intake.calendar.WorkingCalendar;

/** The day a queue belongs to: the calendar day in Vietnam, so numbering starts again at local midnight. */
public final class QueueDay {

	private QueueDay() {
	}

	public static LocalDate of(Instant instant) {
		return LocalDate.ofInstant(instant, WorkingCalendar.ZONE);
	}

}
