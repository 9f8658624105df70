package vn.onestop.web.queue;

import java.time.LocalDate;
import java.util.List;

/** intake's {@code GET /queue/{ward}/tickets}: today's tickets, the waiting ones in call order. */
record QueueTickets(LocalDate day, List<QueueTicket> tickets) {

	QueueTickets {
		tickets = tickets == null ? List.of() : List.copyOf(tickets);
	}

}
