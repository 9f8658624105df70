package vn.onestop.intake.queue.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A queue ticket of one ward and day. {@code takenAt} is the arrival that orders it, kept through a transfer and a
 * reactivation; {@code counter} is the counter that called it (null while it waits); {@code priority} is null for an
 * ordinary ticket; {@code outcome} is set once it is done. A transferred ticket keeps its number, so the citizen
 * keeps the slip they hold.
 */
public record Ticket(LocalDate day, TicketNumber number, String field, PriorityGroup priority, Instant takenAt,
		TicketStatus status, Integer counter, int recalls, Outcome outcome) {

	public Ticket {
		Objects.requireNonNull(day, "day");
		Objects.requireNonNull(number, "number");
		Objects.requireNonNull(field, "field");
		Objects.requireNonNull(takenAt, "takenAt");
		Objects.requireNonNull(status, "status");
		if ((status == TicketStatus.DONE) != (outcome != null)) {
			throw new IllegalArgumentException("A ticket has an outcome exactly when it is done: " + status);
		}
	}

	/** A ticket just taken: waiting, on the day it was taken. */
	public static Ticket taken(TicketNumber number, String field, PriorityGroup priority, Instant takenAt) {
		return new Ticket(QueueDay.of(takenAt), number, field, priority, takenAt, TicketStatus.WAITING, null, 0, null);
	}

	public boolean hasPriority() {
		return this.priority != null;
	}

	Ticket moved(TicketStatus status, Integer counter, int recalls) {
		return new Ticket(this.day, this.number, this.field, this.priority, this.takenAt, status, counter, recalls, null);
	}

	Ticket done(Outcome outcome) {
		return new Ticket(this.day, this.number, this.field, this.priority, this.takenAt, TicketStatus.DONE,
				this.counter, this.recalls, outcome);
	}

	Ticket inField(String field) {
		return new Ticket(this.day, this.number, field, this.priority, this.takenAt, TicketStatus.WAITING, null, 0, null);
	}

}
