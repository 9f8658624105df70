package vn.onestop.intake.calendar;

import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A procedure's processing time. A same-day cut-off only makes sense for same-day procedures
 * (amount 0): received before it, the result is due at that day's closing; at or after it, at the
 * next working day's closing.
 */
public record ProcessingTime(int amount, DueTimeUnit unit, Optional<LocalTime> sameDayCutoff) {

	public ProcessingTime {
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(sameDayCutoff, "sameDayCutoff");
		if (amount < 0) {
			throw new IllegalArgumentException("A processing time must not be negative: " + amount);
		}
		if (sameDayCutoff.isPresent() && amount != 0) {
			throw new IllegalArgumentException("A same-day cut-off applies only to same-day procedures (amount 0)");
		}
	}

	public static ProcessingTime of(int amount, DueTimeUnit unit) {
		return new ProcessingTime(amount, unit, Optional.empty());
	}

	public static ProcessingTime sameDay(LocalTime cutoff) {
		return new ProcessingTime(0, DueTimeUnit.WORKING_DAYS, Optional.of(cutoff));
	}

}
