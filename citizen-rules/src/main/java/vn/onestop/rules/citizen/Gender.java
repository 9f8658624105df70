package vn.onestop.rules.citizen;

import java.util.Locale;

public enum Gender {

	MALE, FEMALE;

	public static Gender parse(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidValue("is required");
		}
		try {
			return valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValue("must be MALE or FEMALE");
		}
	}

}
