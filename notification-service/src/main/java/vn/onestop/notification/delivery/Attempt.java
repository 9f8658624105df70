package vn.onestop.notification.delivery;

import java.time.Instant;

/** One hand-over of a message to its provider; the error class never holds a phone or address. */
record Attempt(int number, Instant at, AttemptOutcome outcome, String errorClass) {

	enum AttemptOutcome {

		SENT, TEMPORARY_FAILURE, PERMANENT_FAILURE

	}

}
