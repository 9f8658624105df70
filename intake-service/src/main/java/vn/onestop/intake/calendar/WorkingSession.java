package vn.onestop.intake.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/** One opening period of a working day, start inclusive and end exclusive. */
public record WorkingSession(LocalTime start, LocalTime end) {

	public WorkingSession {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (!start.isBefore(end)) {
			throw new IllegalArgumentException("A session must start before it ends: " + start + "–" + end);
		}
	}

	public static WorkingSession of(String start, String end) {
		return new WorkingSession(LocalTime.parse(start), LocalTime.parse(end));
	}

	boolean contains(LocalTime time) {
		return !time.isBefore(this.start) && time.isBefore(this.end);
	}

	Duration length() {
		return Duration.between(this.start, this.end);
	}

	Duration overlap(LocalTime from, LocalTime to) {
		LocalTime start = from.isAfter(this.start) ? from : this.start;
		LocalTime end = to.isBefore(this.end) ? to : this.end;
		return start.isBefore(end) ? Duration.between(start, end) : Duration.ZERO;
	}

}
