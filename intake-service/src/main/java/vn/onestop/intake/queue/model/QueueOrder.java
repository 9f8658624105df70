package vn.onestop.intake.queue.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The policy's order applied to the waiting tickets: which one a counter calls next, and how many people are ahead
 * of a ticket. People ahead are the waiting tickets of the same field that come first; tickets already called are
 * at a counter, not ahead. A counter serving several fields interleaves them by the same order.
 */
public final class QueueOrder {

	private QueueOrder() {
	}

	/** The first waiting ticket among the counter's fields; empty when none waits. */
	public static Optional<Ticket> next(List<Ticket> tickets, Counter counter, OrderingPolicy policy) {
		return tickets.stream()
			.filter(ticket -> ticket.status() == TicketStatus.WAITING && counter.serves(ticket.field()))
			.min(policy.order());
	}

	public static int ahead(Ticket ticket, List<Ticket> tickets, OrderingPolicy policy) {
		Comparator<Ticket> order = policy.order();
		return (int) tickets.stream()
			.filter(other -> other.status() == TicketStatus.WAITING && other.field().equals(ticket.field()))
			.filter(other -> !other.number().equals(ticket.number()))
			.filter(other -> order.compare(other, ticket) < 0)
			.count();
	}

}
