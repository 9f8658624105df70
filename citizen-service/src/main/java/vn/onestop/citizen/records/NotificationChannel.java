package vn.onestop.citizen.records;

import java.util.Locale;

import vn.onestop.rules.citizen.InvalidValue;

/** How the citizen wants to hear about their dossiers. */
enum NotificationChannel {

	SMS, EMAIL, NONE;

	static NotificationChannel parse(String text) {
		if (text == null || text.isBlank()) {
			return NONE;
		}
		try {
			return valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValue("must be SMS, EMAIL or NONE");
		}
	}

}
