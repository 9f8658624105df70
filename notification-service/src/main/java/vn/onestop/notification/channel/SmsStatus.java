package vn.onestop.notification.channel;

import java.util.Locale;

/**
 * What the SMS provider's status query says of a message we sent with our id as the reference. The
 * answer is JSON {@code {"status": "..."}}; a 404 means the provider never got the reference.
 */
public enum SmsStatus {

	/** The carrier delivered it. */
	DELIVERED,
	/** The provider took it and has no receipt yet. */
	SENT,
	/** The provider or the carrier gave up on it. */
	FAILED,
	/** The provider never received it: it may be sent (again) without doubling it. */
	NOT_FOUND,
	/** No usable answer (no status query, an error, a timeout, a status not listed): ask again later. */
	UNANSWERED;

	/** The provider's word, case-insensitive; unknown words leave the question open. */
	static SmsStatus of(String word) {
		if (word == null) {
			return UNANSWERED;
		}
		return switch (word.trim().toUpperCase(Locale.ROOT)) {
			case "DELIVERED" -> DELIVERED;
			case "SENT", "ACCEPTED" -> SENT;
			case "FAILED", "REJECTED", "UNDELIVERABLE" -> FAILED;
			case "NOT_FOUND" -> NOT_FOUND;
			default -> UNANSWERED;
		};
	}

}
