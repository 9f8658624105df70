package vn.onestop.web.queue;

import java.util.List;

/**
 * What the counter console shows for one counter: the ticket it holds (called or being served), the tickets
 * waiting in its fields, in intake's call order, and today's no-shows of its fields that may come back (reactivate). Only a narrowing of intake's list to this counter: intake decided
 * which tickets the officer may see.
 */
record CounterConsole(CenterSetup setup, CenterSetup.Counter counter, QueueTicket current, List<QueueTicket> waiting,
		List<QueueTicket> noShows) {

	static final String STATUSES = "WAITING,CALLED,SERVING,NO_SHOW";

	static CounterConsole of(CenterSetup setup, CenterSetup.Counter counter, QueueTickets tickets) {
		QueueTicket current = tickets.tickets().stream().filter(ticket -> ticket.atCounter(counter.number()))
			.findFirst().orElse(null);
		List<QueueTicket> waiting = tickets.tickets().stream()
			.filter(ticket -> "WAITING".equals(ticket.status()) && counter.fields().contains(ticket.field()))
			.toList();
		List<QueueTicket> noShows = tickets.tickets().stream()
			.filter(ticket -> "NO_SHOW".equals(ticket.status()) && counter.fields().contains(ticket.field())
					&& ticket.allows("reactivate"))
			.toList();
		return new CounterConsole(setup, counter, current, waiting, noShows);
	}

	/** The fields a ticket at this counter may be transferred to: every other field of the center. */
	public List<CenterSetup.Field> transferTargets() {
		String from = this.current == null ? "" : this.current.field();
		return this.setup.fields().stream().filter(field -> !field.code().equals(from)).toList();
	}

	public List<String> fieldNames() {
		return this.counter.fields().stream().map(this.setup::fieldName).toList();
	}

}
