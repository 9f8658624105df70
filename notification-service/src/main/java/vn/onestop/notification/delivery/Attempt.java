package vn.onestop.notification.delivery;

import java.time.Instant;

/**
 * One hand-over of a message to its provider; the error class never holds a phone or address. An SMS
 * attempt is stored IN_FLIGHT before the provider is called, so that a dispatcher that dies before the
 * answer leaves a trace: the message is then UNKNOWN, never sent again blindly.
 */
record Attempt(int number, Instant at, AttemptOutcome outcome, String errorClass) {

	enum AttemptOutcome {

		IN_FLIGHT, SENT, UNKNOWN, TEMPORARY_FAILURE, PERMANENT_FAILURE

	}

}
