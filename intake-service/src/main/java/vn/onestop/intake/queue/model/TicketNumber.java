package vn.onestop.intake.queue.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code <prefix><3 digits>}, such as A012: the field's prefix and its daily sequence. The sequence never passes 999
 * because a field's daily cap is at most 999 (see {@link QueueField#MAX_DAILY_CAP}), so every number a center shows
 * or announces has the same shape.
 */
public record TicketNumber(String prefix, int sequence) {

	public static final int MAX_SEQUENCE = 999;

	static final Pattern PREFIX = Pattern.compile("[A-Z]{1,3}");

	private static final Pattern NUMBER = Pattern.compile("([A-Z]{1,3})(\\d{3})");

	public TicketNumber {
		Objects.requireNonNull(prefix, "prefix");
		if (!PREFIX.matcher(prefix).matches()) {
			throw new IllegalArgumentException("A ticket prefix is 1 to 3 capital Latin letters: " + prefix);
		}
		if (sequence < 1 || sequence > MAX_SEQUENCE) {
			throw new IllegalArgumentException("A ticket's daily sequence runs from 1 to " + MAX_SEQUENCE + ": " + sequence);
		}
	}

	public static Optional<TicketNumber> parse(String value) {
		Matcher matcher = value == null ? null : NUMBER.matcher(value);
		if (matcher == null || !matcher.matches() || Integer.parseInt(matcher.group(2)) == 0) {
			return Optional.empty();
		}
		return Optional.of(new TicketNumber(matcher.group(1), Integer.parseInt(matcher.group(2))));
	}

	public String value() {
		return this.prefix + String.format("%03d", this.sequence);
	}

	@Override
	public String toString() {
		return value();
	}

}
