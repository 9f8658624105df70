package vn.onestop.intake.queue.model;

import static vn.onestop.intake.queue.model.TicketAction.*;
import static vn.onestop.intake.queue.model.TicketStatus.*;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which action moves a ticket from which status to which. A called ticket is announced again up to the center's
 * recall limit; one more recall makes it a no-show. Only the counter that called a ticket acts on it. A transfer puts
 * the ticket back to waiting in another field with its arrival time, so it keeps its place. A no-show comes back to
 * waiting, with its arrival time, on its own day only. The closing ends waiting and called tickets as not served; a
 * ticket being served is left to its officer.
 */
public final class TicketLifecycle {

	/** The ticket after the action and the history line that records it. */
	public record Moved(Ticket ticket, HistoryEntry entry) implements Decision {
	}

	public record Refused(Refusal why, Set<TicketAction> allowed) implements Decision {
	}

	public sealed interface Decision permits Moved, Refused {
	}

	private static final Map<TicketStatus, Set<TicketAction>> ALLOWED = new EnumMap<>(TicketStatus.class);

	static {
		ALLOWED.put(WAITING, EnumSet.of(CALL, TRANSFER, CANCEL, CLOSE));
		ALLOWED.put(CALLED, EnumSet.of(RECALL, TicketAction.NO_SHOW, START, TRANSFER, CANCEL, CLOSE));
		ALLOWED.put(SERVING, EnumSet.of(FINISH, TRANSFER));
		ALLOWED.put(TicketStatus.NO_SHOW, EnumSet.of(REACTIVATE));
		for (TicketStatus last : EnumSet.of(DONE, CANCELLED, NOT_SERVED)) {
			ALLOWED.put(last, EnumSet.noneOf(TicketAction.class));
		}
	}

	private TicketLifecycle() {
	}

	public static Set<TicketAction> allowedFrom(TicketStatus status) {
		return Collections.unmodifiableSet(ALLOWED.get(status));
	}

	public static Decision decide(Ticket ticket, TicketCommand command, CenterSetup setup, Instant now) {
		Objects.requireNonNull(now, "now");
		if (!ALLOWED.get(ticket.status()).contains(command.action())) {
			return refused(ticket, Refusal.NOT_ALLOWED_NOW);
		}
		if (command instanceof TicketCommand.Call call) {
			return call(ticket, call.counter(), setup, now);
		}
		if (command instanceof TicketCommand.Transfer transfer) {
			return transfer(ticket, transfer, setup, now);
		}
		if (ticket.counter() != null && command.counter() != null && !ticket.counter().equals(command.counter())) {
			return refused(ticket, Refusal.OTHER_COUNTER);
		}
		Integer counter = command.counter();
		return switch (command.action()) {
			case RECALL -> ticket.recalls() < setup.recallLimit()
					? moved(ticket, ticket.moved(CALLED, ticket.counter(), ticket.recalls() + 1), RECALL, now, counter,
							"recall " + (ticket.recalls() + 1) + " of " + setup.recallLimit())
					: moved(ticket, ticket.moved(TicketStatus.NO_SHOW, ticket.counter(), ticket.recalls()),
							TicketAction.NO_SHOW, now, counter, "recall limit " + setup.recallLimit() + " reached");
			case NO_SHOW -> moved(ticket, ticket.moved(TicketStatus.NO_SHOW, ticket.counter(), ticket.recalls()),
					TicketAction.NO_SHOW, now, counter, null);
			case START -> moved(ticket, ticket.moved(SERVING, ticket.counter(), ticket.recalls()), START, now, counter, null);
			case FINISH -> {
				Outcome outcome = ((TicketCommand.Finish) command).outcome();
				yield moved(ticket, ticket.done(outcome), FINISH, now, counter, outcome.summary());
			}
			case CANCEL -> moved(ticket, ticket.moved(CANCELLED, ticket.counter(), ticket.recalls()), CANCEL, now, counter,
					null);
			case REACTIVATE -> QueueDay.of(now).equals(ticket.day())
					? moved(ticket, ticket.moved(WAITING, null, 0), REACTIVATE, now, counter, null)
					: refused(ticket, Refusal.NOT_TODAY);
			case CLOSE -> moved(ticket, ticket.moved(NOT_SERVED, ticket.counter(), ticket.recalls()), CLOSE, now, null,
					"left at closing");
			case TAKE, CALL, TRANSFER -> throw new IllegalStateException(command.action() + " is decided elsewhere");
		};
	}

	private static Decision call(Ticket ticket, Integer counterNumber, CenterSetup setup, Instant now) {
		Counter counter = counterNumber == null ? null : setup.counter(counterNumber).orElse(null);
		if (counter == null) {
			return refused(ticket, Refusal.UNKNOWN_COUNTER);
		}
		if (!counter.serves(ticket.field())) {
			return refused(ticket, Refusal.FIELD_NOT_SERVED_HERE);
		}
		return moved(ticket, ticket.moved(CALLED, counterNumber, 0), CALL, now, counterNumber, null);
	}

	private static Decision transfer(Ticket ticket, TicketCommand.Transfer transfer, CenterSetup setup, Instant now) {
		if (ticket.counter() != null && transfer.counter() != null && !ticket.counter().equals(transfer.counter())) {
			return refused(ticket, Refusal.OTHER_COUNTER);
		}
		if (setup.field(transfer.toField()).isEmpty()) {
			return refused(ticket, Refusal.UNKNOWN_FIELD);
		}
		if (transfer.toField().equals(ticket.field())) {
			return refused(ticket, Refusal.SAME_FIELD);
		}
		return moved(ticket, ticket.inField(transfer.toField()), TRANSFER, now, transfer.counter(),
				ticket.field() + " -> " + transfer.toField());
	}

	private static Moved moved(Ticket before, Ticket after, TicketAction action, Instant now, Integer counter,
			String detail) {
		return new Moved(after, new HistoryEntry(before.status(), after.status(), action, now, counter, after.field(), detail));
	}

	private static Refused refused(Ticket ticket, Refusal why) {
		return new Refused(why, allowedFrom(ticket.status()));
	}

}
