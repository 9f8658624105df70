package vn.onestop.intake.queue.serving;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import vn.onestop.intake.queue.QueueProblems;
import vn.onestop.intake.queue.model.Refusal;
import vn.onestop.intake.queue.model.TicketStatus;
import vn.onestop.support.web.ProblemException;
import vn.onestop.support.web.ProblemException.FieldError;
import vn.onestop.support.web.ProblemTypes;

/** The problems of calling and acting on tickets; their kinds are part of the API (docs/queue.md). */
final class ServingProblems {

	static final String COUNTER_BUSY = "queue-counter-busy";

	static final String UNKNOWN_COUNTER = "queue-unknown-counter";

	static final String TICKET_CHANGED = "queue-ticket-changed";

	private ServingProblems() {
	}

	/** {@code queue-not-allowed-now}, {@code queue-other-counter}, ... one kind per refusal of the lifecycle. */
	static String kind(Refusal why) {
		return QueueProblems.kind(why);
	}

	static QueueConflict refused(Refusal why, String action, String number, TicketStatus status) {
		return new QueueConflict(kind(why), title(why), detail(why, action, number, status),
				Map.of("allowedActions", ActionNames.allowed(status)));
	}

	static QueueConflict busy(int counter, String held) {
		return new QueueConflict(COUNTER_BUSY, "Counter busy", "Counter " + counter + " still holds ticket " + held
				+ ": start, recall, transfer or mark it a no-show before calling the next one.", Map.of("held", held));
	}

	static QueueConflict changedMeanwhile(TicketStatus status) {
		return new QueueConflict(TICKET_CHANGED, "Ticket changed meanwhile",
				"Another action on this ticket was committed first; read it again and retry if still relevant.",
				Map.of("allowedActions", ActionNames.allowed(status)));
	}

	static ProblemException unknownCounter(int counter) {
		return new ProblemException(HttpStatus.NOT_FOUND, UNKNOWN_COUNTER, "Unknown counter",
				"The center has no counter " + counter + ".");
	}

	static ProblemException notSetUp() {
		return QueueProblems.notSetUp();
	}

	static ProblemException ticketNotFound() {
		return QueueProblems.ticketNotFound();
	}

	static ProblemException unknownAction(String action) {
		return new ProblemException(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Unknown action",
				"No action '" + action + "'; known: " + String.join(", ", ActionNames.all()) + ".");
	}

	static ProblemException invalid(List<FieldError> errors) {
		return ProblemException.validation(errors);
	}

	private static String title(Refusal why) {
		return switch (why) {
			case NOT_ALLOWED_NOW -> "Action not allowed now";
			case OTHER_COUNTER -> "Ticket called by another counter";
			case UNKNOWN_COUNTER -> "Unknown counter";
			case FIELD_NOT_SERVED_HERE -> "Field not served at this counter";
			case UNKNOWN_FIELD -> "Unknown field";
			case SAME_FIELD -> "Already in this field";
			case NOT_TODAY -> "Ticket of another day";
		};
	}

	private static String detail(Refusal why, String action, String number, TicketStatus status) {
		return switch (why) {
			case NOT_ALLOWED_NOW -> "Ticket " + number + " is " + status + " and cannot '" + action + "'; allowed: "
					+ (ActionNames.allowed(status).isEmpty() ? "none" : String.join(", ", ActionNames.allowed(status)))
					+ ".";
			case OTHER_COUNTER -> "Ticket " + number + " was called by another counter; only that counter acts on it.";
			case UNKNOWN_COUNTER -> "The center has no such counter.";
			case FIELD_NOT_SERVED_HERE -> "This counter does not serve the field of ticket " + number + ".";
			case UNKNOWN_FIELD -> "The center has no such field.";
			case SAME_FIELD -> "Ticket " + number + " is already in this field.";
			case NOT_TODAY -> "Ticket " + number + " is of another day; a citizen coming back takes a new ticket.";
		};
	}

}
