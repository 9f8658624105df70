package vn.onestop.intake.queue.model;

import java.time.Duration;
import java.util.Objects;

import vn.onestop.intake.calendar.WorkingSessions;

/**
 * A field (lĩnh vực) as the queue knows it: its code, its name, its ticket prefix, how many tickets it gives a day,
 * when it is open (some or all of the ward's working sessions) and how long a service takes before any was measured
 * today.
 */
public record QueueField(String code, String name, String prefix, int dailyCap, WorkingSessions sessions,
		Duration expectedService) {

	/** Three digits: a field that needs more numbers a day is split into two fields with their own prefixes. */
	public static final int MAX_DAILY_CAP = TicketNumber.MAX_SEQUENCE;

	public QueueField {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(sessions, "sessions");
		Objects.requireNonNull(expectedService, "expectedService");
		if (!TicketNumber.PREFIX.matcher(prefix).matches()) {
			throw new IllegalArgumentException("A ticket prefix is 1 to 3 capital Latin letters: " + prefix);
		}
		if (dailyCap < 1 || dailyCap > MAX_DAILY_CAP) {
			throw new IllegalArgumentException("A daily cap is from 1 to " + MAX_DAILY_CAP + ": " + dailyCap);
		}
		if (expectedService.isNegative() || expectedService.isZero()) {
			throw new IllegalArgumentException("An expected service time is positive: " + expectedService);
		}
	}

}
