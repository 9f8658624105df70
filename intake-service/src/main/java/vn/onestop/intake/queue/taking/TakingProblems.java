package vn.onestop.intake.queue.taking;

import java.util.List;

import org.springframework.http.HttpStatus;

import vn.onestop.intake.queue.QueueProblems;
import vn.onestop.intake.queue.model.TicketTaking;
import vn.onestop.support.web.ProblemException;
import vn.onestop.support.web.ProblemException.FieldError;
import vn.onestop.support.web.ProblemTypes;

/** The problems of taking a ticket; their kinds are part of the API. */
final class TakingProblems {

	static final String IDEMPOTENCY_KEY_REUSED = "idempotency-key-reused";

	static final String ALREADY_HOLDING = "queue-already-holding";

	private TakingProblems() {
	}

	/** 409 {@code queue-cap-reached}, {@code queue-field-closed} …, with the model's reason as the detail. */
	static ProblemException refused(TicketTaking.Refused refused) {
		return new ProblemException(HttpStatus.CONFLICT, QueueProblems.kind(refused.why()), "No ticket given",
				refused.reason());
	}

	static ProblemException alreadyHolding(String number) {
		return new ProblemException(HttpStatus.CONFLICT, ALREADY_HOLDING, "Ticket already held",
				"You already hold ticket " + number + " of this field today; it keeps your place.");
	}

	static ProblemException keyReused() {
		return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, IDEMPOTENCY_KEY_REUSED, "Idempotency key reused",
				"This Idempotency-Key was used for a different request.",
				List.of(new FieldError("Idempotency-Key", "was used with a different body")));
	}

	static ProblemException invalidKey() {
		return new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_PARAMETER, "Invalid header",
				"Header 'Idempotency-Key' must be 1 to 200 visible ASCII characters.",
				List.of(new FieldError("Idempotency-Key", "must be 1 to 200 visible ASCII characters")));
	}

}
