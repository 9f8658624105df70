package vn.onestop.intake.queue.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a ticket's append-only history. {@code from} is null for the ticket's taking; {@code counter} is the
 * counter that acted, null when nobody at a counter did (a kiosk, the closing); {@code field} is the ticket's field
 * after the change; {@code detail} says what else the line needs (the outcome, the transfer, why a no-show), or null.
 */
public record HistoryEntry(TicketStatus from, TicketStatus to, TicketAction action, Instant at, Integer counter,
		String field, String detail) {

	public HistoryEntry {
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(field, "field");
	}

}
