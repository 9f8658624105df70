package vn.onestop.notification.pacing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The hours in which non-urgent messages are held, from {@code start} (included) to {@code end}
 * (excluded) in the wards' time zone. A window whose start is after its end crosses midnight
 * (21:00–07:00); one whose start equals its end holds nothing.
 */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {

	public QuietHours {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		Objects.requireNonNull(zone, "zone");
	}

	public boolean contains(Instant at) {
		LocalTime local = at.atZone(this.zone).toLocalTime();
		if (this.start.equals(this.end)) {
			return false;
		}
		if (this.start.isBefore(this.end)) {
			return !local.isBefore(this.start) && local.isBefore(this.end);
		}
		return !local.isBefore(this.start) || local.isBefore(this.end);
	}

	/** {@code at} itself for an urgent message or outside the window, else the window's end. */
	public Instant earliestSend(Urgency urgency, Instant at) {
		if (urgency.isUrgent() || !contains(at)) {
			return at;
		}
		ZonedDateTime local = at.atZone(this.zone);
		ZonedDateTime end = local.toLocalDate().atTime(this.end).atZone(this.zone);
		return (end.isAfter(local) ? end : local.toLocalDate().plusDays(1).atTime(this.end).atZone(this.zone))
			.toInstant();
	}

	/** The wards' calendar day of an instant. */
	public LocalDate dayOf(Instant at) {
		return at.atZone(this.zone).toLocalDate();
	}

	/** When messages held for a day may go: the window's end on that day (07:00). */
	public Instant openingOf(LocalDate day) {
		return day.atTime(this.end).atZone(this.zone).toInstant();
	}

}
