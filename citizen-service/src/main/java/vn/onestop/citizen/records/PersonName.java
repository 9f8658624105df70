package vn.onestop.citizen.records;

import java.util.regex.Pattern;

import vn.onestop.citizen.ward.VietnameseNames;

/** Full names are stored in NFC with single spaces, whatever form (NFD, extra spaces) they arrived in. */
final class PersonName {

	static final int MAX_LENGTH = 100;

	private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}\\p{Cn}\\u2028\\u2029]");

	private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'’-]*");

	private PersonName() {
	}

	static String normalize(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidValue("is required");
		}
		if (INVISIBLE.matcher(text).find()) {
			throw new InvalidValue("must not contain control or invisible characters");
		}
		String name = VietnameseNames.nfc(text);
		if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
			throw new InvalidValue("must be at most " + MAX_LENGTH + " characters");
		}
		if (!ALLOWED.matcher(name).matches()) {
			throw new InvalidValue("must contain only letters, spaces, dots, apostrophes and hyphens");
		}
		return name;
	}

}
