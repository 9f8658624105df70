package vn.onestop.intake.queue.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * "Call next" at a counter: the counter must exist and hold no ticket it called and has not finished with (it
 * recalls, starts, transfers or marks a no-show first), then it calls the first waiting ticket of its fields.
 */
public final class CallingNext {

	public sealed interface Decision permits Called, NobodyWaiting, Busy, NoSuchCounter {
	}

	public record Called(Ticket ticket, HistoryEntry entry) implements Decision {
	}

	public record NobodyWaiting() implements Decision {
	}

	/** The ticket the counter still holds. */
	public record Busy(Ticket held) implements Decision {
	}

	public record NoSuchCounter() implements Decision {
	}

	private CallingNext() {
	}

	/** @param tickets today's tickets of the ward, at least those waiting and those this counter holds */
	public static Decision decide(CenterSetup setup, int counterNumber, List<Ticket> tickets, Instant now) {
		Optional<Counter> counter = setup.counter(counterNumber);
		if (counter.isEmpty()) {
			return new NoSuchCounter();
		}
		Optional<Ticket> held = tickets.stream()
			.filter(ticket -> Integer.valueOf(counterNumber).equals(ticket.counter()))
			.filter(ticket -> ticket.status() == TicketStatus.CALLED || ticket.status() == TicketStatus.SERVING)
			.findFirst();
		if (held.isPresent()) {
			return new Busy(held.get());
		}
		Optional<Ticket> next = QueueOrder.next(tickets, counter.get(), setup.ordering());
		if (next.isEmpty()) {
			return new NobodyWaiting();
		}
		TicketLifecycle.Moved moved = (TicketLifecycle.Moved) TicketLifecycle.decide(next.get(),
				new TicketCommand.Call(counterNumber), setup, now);
		return new Called(moved.ticket(), moved.entry());
	}

}
