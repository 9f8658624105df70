package vn.onestop.intake.queue.model;

import java.util.Optional;

/**
 * The next number of a field on a day, from the last sequence given that day (0 before the first ticket). The
 * sequence is kept per ward, field and {@link QueueDay}, so it starts again at 1 after midnight in Vietnam. Nothing
 * is given past the field's daily cap, which is at most 999, so a number never needs a fourth digit.
 */
public final class TicketNumbering {

	private TicketNumbering() {
	}

	/** Empty when the cap is reached: today's tickets of this field are all given. */
	public static Optional<TicketNumber> next(QueueField field, int lastGivenToday) {
		if (lastGivenToday < 0) {
			throw new IllegalArgumentException("A daily sequence is never negative: " + lastGivenToday);
		}
		int next = lastGivenToday + 1;
		return next > field.dailyCap() ? Optional.empty() : Optional.of(new TicketNumber(field.prefix(), next));
	}

	/** How many tickets the field can still give today. */
	public static int left(QueueField field, int lastGivenToday) {
		return Math.max(0, field.dailyCap() - lastGivenToday);
	}

}
