package vn.onestop.rules.citizen;

import java.util.regex.Pattern;

/**
 * Where a person lives: a free line (optional) and the 5-digit code of the commune-level unit (required). Whether
 * the code names a unit in force is citizen-service's ward registry's answer, not a rule of the value.
 */
public final class PostalAddress {

	public static final int MAX_LINE = 200;

	private static final Pattern WARD_CODE = Pattern.compile("[0-9]{5}");

	private PostalAddress() {
	}

	/** The line in NFC, or null when none was given. */
	public static String line(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (PlainText.hasInvisible(text)) {
			throw new InvalidValue("must not contain control or invisible characters");
		}
		String line = PlainText.nfc(text);
		if (line.codePointCount(0, line.length()) > MAX_LINE) {
			throw new InvalidValue("must be at most " + MAX_LINE + " characters");
		}
		return line;
	}

	public static String wardCode(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidValue("is required");
		}
		if (!WARD_CODE.matcher(text.strip()).matches()) {
			throw new InvalidValue("must be a 5-digit commune-level code");
		}
		return text.strip();
	}

}
