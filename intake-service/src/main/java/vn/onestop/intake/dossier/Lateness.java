package vn.onestop.intake.dossier;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

import vn.onestop.intake.calendar.WorkingCalendar;

/**
 * Near-due and overdue, computed on read. Only a dossier whose clock runs can be either: not while
 * waiting for a supplement (the clock is paused), not once its result is ready or it is closed.
 * Near-due: at most one working day of working time left before the appointment. Overdue: the
 * appointment has passed; an apology moves the appointment, so an apologized dossier is overdue
 * only when its new appointment passes too.
 */
final class Lateness {

	static final Set<DossierStatus> CLOCK_RUNNING = EnumSet.of(DossierStatus.SUBMITTED_ONLINE, DossierStatus.RECEIVED,
			DossierStatus.IN_PROCESSING, DossierStatus.FEES_DUE);

	private Lateness() {
	}

	/** Appointments up to this time, and after now, are near-due. */
	static LocalDateTime nearDueHorizon(WorkingCalendar calendar, LocalDateTime now) {
		return calendar.plusWorkingTime(now, calendar.sessions().workingDay());
	}

	static boolean nearDue(DossierStatus status, LocalDateTime dueAt, LocalDateTime now, LocalDateTime horizon) {
		return CLOCK_RUNNING.contains(status) && dueAt.isAfter(now) && !dueAt.isAfter(horizon);
	}

	/**
	 * Working time from now to the appointment along the ward's calendar, negative once it has passed; null when the
	 * clock does not run (paused for a supplement, result ready, closed), as nothing is counting down then.
	 */
	static Long workingMinutesLeft(WorkingCalendar calendar, DossierStatus status, LocalDateTime dueAt,
			LocalDateTime now) {
		if (!CLOCK_RUNNING.contains(status)) {
			return null;
		}
		return now.isAfter(dueAt) ? -calendar.workingTimeBetween(dueAt, now).toMinutes()
				: calendar.workingTimeBetween(now, dueAt).toMinutes();
	}

	static boolean overdue(DossierStatus status, LocalDateTime dueAt, LocalDateTime now) {
		return CLOCK_RUNNING.contains(status) && now.isAfter(dueAt);
	}

}
