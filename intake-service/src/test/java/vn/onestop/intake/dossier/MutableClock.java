package vn.onestop.intake.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import vn.onestop.intake.calendar.WorkingCalendar;

/** The intake tests' clock: set to a Vietnamese local time, it stays there. */
public final class MutableClock extends Clock {

	private volatile Instant now = Instant.now();

	public void set(LocalDateTime localTime) {
		this.now = localTime.atZone(WorkingCalendar.ZONE).toInstant();
	}

	@Override
	public ZoneId getZone() {
		return WorkingCalendar.ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
