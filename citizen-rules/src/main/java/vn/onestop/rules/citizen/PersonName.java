package vn.onestop.rules.citizen;

import java.util.regex.Pattern;

/** Full names are stored in NFC with single spaces, whatever form (NFD, extra spaces) they arrived in. */
public final class PersonName {

	public static final int MAX_LENGTH = 100;

	private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'’-]*");

	private PersonName() {
	}

	public static String normalize(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidValue("is required");
		}
		if (PlainText.hasInvisible(text)) {
			throw new InvalidValue("must not contain control or invisible characters");
		}
		String name = PlainText.nfc(text);
		if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
			throw new InvalidValue("must be at most " + MAX_LENGTH + " characters");
		}
		if (!ALLOWED.matcher(name).matches()) {
			throw new InvalidValue("must contain only letters, spaces, dots, apostrophes and hyphens");
		}
		return name;
	}

}
