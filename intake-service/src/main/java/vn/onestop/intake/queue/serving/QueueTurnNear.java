package vn.onestop.intake.queue.serving;

import java.time.LocalDate;
import java.util.UUID;

import vn.onestop.intake.queue.persistence.StoredTicket;

/**
 * The event of the "almost your turn" SMS (docs/events.md): a consented ticket came to {@code peopleAhead} places from
 * the front. It carries the phone because notification-service sends the SMS and keeps no queue data; the event is
 * the only copy outside intake, and the ticket's phone is cleared when the ticket ends.
 */
public record QueueTurnNear(UUID ticketId, String ward, String centerName, String number, int peopleAhead,
		String phone, LocalDate day) {

	public static final String TYPE = "QueueTurnNear";

	public static final String AGGREGATE = "queue-ticket";

	static QueueTurnNear of(StoredTicket ticket, String centerName, int peopleAhead) {
		return new QueueTurnNear(ticket.id(), ticket.ward(), centerName, ticket.ticket().number().value(), peopleAhead,
				ticket.phone(), ticket.ticket().day());
	}

}
