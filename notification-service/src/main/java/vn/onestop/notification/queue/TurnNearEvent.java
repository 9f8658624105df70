package vn.onestop.notification.queue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * What intake's {@code QueueTurnNear} event says (docs/queue.md): ticket {@code number} of {@code day} at the center
 * {@code centerName} of {@code ward} has {@code peopleAhead} people before it, and its holder gave {@code phone} with
 * consent. Intake writes the event only for a phone given with consent; a {@code smsConsent} field, should a producer
 * add one, must then be true.
 */
record TurnNearEvent(String ward, String centerName, String number, int peopleAhead, String phone, LocalDate day,
		boolean consent) {

	static final String TYPE = "QueueTurnNear";

	private static final Pattern WARD = Pattern.compile("[0-9]{5}");

	private static final Pattern NUMBER = Pattern.compile("[A-Z]{1,3}[0-9]{3}");

	/** @throws IllegalArgumentException naming what is wrong, never quoting a personal value */
	static TurnNearEvent of(JsonNode payload) {
		String ward = text(payload, "ward");
		String number = text(payload, "number");
		JsonNode ahead = payload.path("peopleAhead");
		if (!WARD.matcher(ward).matches()) {
			throw new IllegalArgumentException("ward is not a 5-digit ward code");
		}
		if (!NUMBER.matcher(number).matches()) {
			throw new IllegalArgumentException("number is not a ticket number such as A012");
		}
		if (!ahead.isIntegralNumber() || ahead.asInt() < 0) {
			throw new IllegalArgumentException("peopleAhead is not a number of people");
		}
		JsonNode consent = payload.path("smsConsent");
		return new TurnNearEvent(ward, text(payload, "centerName"), number, ahead.asInt(), text(payload, "phone"),
				day(text(payload, "day")), consent.isMissingNode() || consent.asBoolean(false));
	}

	/** Where the message list shows it, in place of a dossier code: the ticket's number and day. */
	String reference() {
		return this.number + "/" + this.day;
	}

	private static LocalDate day(String day) {
		try {
			return LocalDate.parse(day);
		}
		catch (DateTimeParseException unreadable) {
			throw new IllegalArgumentException("day is not a date such as 2026-12-08");
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isValueNode() && !value.isNull() ? value.asString().strip() : "";
	}

	@Override
	public String toString() {
		return "TurnNearEvent[" + this.ward + ", " + this.number + ", " + this.day + "]";
	}

}
