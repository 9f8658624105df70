package vn.onestop.web.queue;

import java.util.List;

/**
 * What the counter console shows for one counter: the ticket it holds (called or being served) and the tickets
 * waiting in its fields, in intake's call order. Only a narrowing of intake's list to this counter: intake decided
 * which tickets the officer may see.
 */
record CounterConsole(CenterSetup setup, CenterSetup.Counter counter, QueueTicket current, List<QueueTicket> waiting) {

	static final String STATUSES = "WAITING,CALLED,SERVING";

	static CounterConsole of(CenterSetup setup, CenterSetup.Counter counter, QueueTickets tickets) {
		QueueTicket current = tickets.tickets().stream().filter(ticket -> ticket.atCounter(counter.number()))
			.findFirst().orElse(null);
		List<QueueTicket> waiting = tickets.tickets().stream()
			.filter(ticket -> "WAITING".equals(ticket.status()) && counter.fields().contains(ticket.field()))
			.toList();
		return new CounterConsole(setup, counter, current, waiting);
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
