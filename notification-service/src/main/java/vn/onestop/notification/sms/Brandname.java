package vn.onestop.notification.sms;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The sender name of a brandname SMS, as Decree 91/2020/NĐ-CP allows it: at most 11 characters
 * among Latin letters, digits, '-', '_', '.' and space, and not all digits.
 * <p>
 * "Not all digits" is read as "holds a letter": separators around digits ("0236 123") still read as
 * a phone number. Leading or trailing spaces are refused rather than trimmed, because carriers
 * match the registered name exactly.
 */
public record Brandname(String value) {

	static final int MAX_LENGTH = 11;

	private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._ -]*");

	private static final Pattern HAS_LETTER = Pattern.compile(".*[A-Za-z].*");

	public Brandname {
		Objects.requireNonNull(value, "value");
		if (value.isBlank()) {
			throw new IllegalArgumentException("A brandname must not be blank");
		}
		if (value.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("A brandname has at most " + MAX_LENGTH + " characters");
		}
		if (!ALLOWED.matcher(value).matches()) {
			throw new IllegalArgumentException(
					"A brandname holds only Latin letters, digits, '-', '_', '.' and spaces");
		}
		if (!HAS_LETTER.matcher(value).matches()) {
			throw new IllegalArgumentException("A brandname must hold a Latin letter, not only digits");
		}
		if (!value.strip().equals(value)) {
			throw new IllegalArgumentException("A brandname must not start or end with a space");
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
