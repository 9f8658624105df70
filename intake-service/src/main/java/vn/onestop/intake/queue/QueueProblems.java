package vn.onestop.intake.queue;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;

import vn.onestop.support.web.ProblemException;
import vn.onestop.support.web.ProblemException.FieldError;
import vn.onestop.support.web.ProblemTypes;

/** The queue's problems shared by its sub-features; their kinds are part of the API. */
public final class QueueProblems {

	public static final String NOT_SET_UP = "queue-not-set-up";

	public static final String TICKET_NOT_FOUND = "queue-ticket-not-found";

	private static final String WARD = "\\d{5}";

	private QueueProblems() {
	}

	public static ProblemException notSetUp() {
		return new ProblemException(HttpStatus.NOT_FOUND, NOT_SET_UP, "Queue not set up",
				"This ward has no walk-in queue set up.");
	}

	public static ProblemException ticketNotFound() {
		return new ProblemException(HttpStatus.NOT_FOUND, TICKET_NOT_FOUND, "Ticket not found",
				"This ward has no ticket with this number today.");
	}

	/** The path's ward code: 5 digits, else a 400 before anything else is looked at. */
	public static String ward(String ward) {
		if (ward == null || !ward.matches(WARD)) {
			throw invalidParameter("ward", "must be a 5-digit ward code");
		}
		return ward;
	}

	public static ProblemException invalidParameter(String name, String message) {
		return new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_PARAMETER, "Invalid parameter",
				"Parameter '" + name + "' " + message + ".", List.of(new FieldError(name, message)));
	}

	/** {@code queue-} and the model's reason in kebab case: CAP_REACHED gives {@code queue-cap-reached}. */
	public static String kind(Enum<?> why) {
		return "queue-" + why.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
