package vn.onestop.intake.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/** Computes the appointment printed on the receipt slip from the receipt time and the processing time. */
public final class DueTimeCalculator {

	private final WorkingCalendar calendar;

	public DueTimeCalculator(WorkingCalendar calendar) {
		this.calendar = Objects.requireNonNull(calendar, "calendar");
	}

	public DueTime dueTime(LocalDateTime receivedAt, ProcessingTime time) {
		LocalDateTime start = this.calendar.countingStart(receivedAt);
		LocalDateTime due = time.sameDayCutoff()
			.map(cutoff -> sameDay(receivedAt, start, cutoff))
			.orElseGet(() -> switch (time.unit()) {
				case WORKING_HOURS -> this.calendar.plusWorkingTime(start, Duration.ofHours(time.amount()));
				case WORKING_DAYS ->
					this.calendar.plusWorkingTime(start, this.calendar.sessions().workingDay().multipliedBy(time.amount()));
				case CALENDAR_DAYS -> calendarDays(start, time.amount());
			});
		return new DueTime(receivedAt, start, due, this.calendar.workingTimeBetween(start, due));
	}

	private LocalDateTime sameDay(LocalDateTime receivedAt, LocalDateTime start, LocalTime cutoff) {
		LocalDate day = start.toLocalDate();
		boolean receivedAfterCutoffOnAWorkingDay = day.equals(receivedAt.toLocalDate())
				&& !receivedAt.toLocalTime().isBefore(cutoff);
		LocalDate dueDay = receivedAfterCutoffOnAWorkingDay ? this.calendar.nextWorkingDayAfter(day) : day;
		return dueDay.atTime(this.calendar.sessions().closing());
	}

	/** Keeps the time of day: a deadline that lands on a day off moves to the next working day, same hour. */
	private LocalDateTime calendarDays(LocalDateTime start, int days) {
		LocalDateTime landing = start.plusDays(days);
		return this.calendar.workingDayOnOrAfter(landing.toLocalDate()).atTime(landing.toLocalTime());
	}

}
