package vn.onestop.citizen.records;

import java.util.Locale;

import vn.onestop.rules.citizen.InvalidValue;

/**
 * How the citizen wants to hear about their dossiers. {@code NONE} is a choice (no notices at all);
 * {@code NOT_CHOSEN} means nobody asked: the record was made without preferences (by intake, by an
 * import row that left them blank), and notification-service then follows the dossier's own contact.
 */
enum NotificationChannel {

	SMS, EMAIL, NONE, NOT_CHOSEN;

	/** Blank is no choice; {@code NOT_CHOSEN} is accepted too, so that a record read can be sent back as it is. */
	static NotificationChannel parse(String text) {
		if (text == null || text.isBlank()) {
			return NOT_CHOSEN;
		}
		try {
			return valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValue("must be SMS, EMAIL or NONE");
		}
	}

}
