package vn.onestop.intake.calendar;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/** Times carry the +07:00 offset so a client never has to guess the zone. */
record DueTimeResponse(OffsetDateTime receivedAt, OffsetDateTime countingStartsAt, OffsetDateTime dueAt, int amount,
		DueTimeUnit unit, LocalTime sameDayCutoff, double workingHoursCounted) {

	static DueTimeResponse of(DueTime dueTime, ProcessingTime time) {
		long minutes = dueTime.workingTimeCounted().toMinutes();
		return new DueTimeResponse(offset(dueTime.receivedAt()), offset(dueTime.countingStartsAt()),
				offset(dueTime.dueAt()), time.amount(), time.unit(), time.sameDayCutoff().orElse(null),
				Math.round(minutes * 100 / 60.0) / 100.0);
	}

	private static OffsetDateTime offset(LocalDateTime local) {
		return local.atZone(WorkingCalendar.ZONE).toOffsetDateTime();
	}

}
