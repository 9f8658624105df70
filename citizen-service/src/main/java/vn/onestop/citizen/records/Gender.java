package vn.onestop.citizen.records;

import java.util.Locale;

enum Gender {

	MALE, FEMALE;

	static Gender parse(String text) {
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
