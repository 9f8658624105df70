package vn.onestop.intake.queue.model;

import java.util.Objects;

/** What someone asks of a ticket; {@code counter} is the counter asking, null when nobody at a counter asks. */
public sealed interface TicketCommand {

	TicketAction action();

	Integer counter();

	record Call(Integer counter) implements TicketCommand {

		public TicketAction action() {
			return TicketAction.CALL;
		}

	}

	record Recall(Integer counter) implements TicketCommand {

		public TicketAction action() {
			return TicketAction.RECALL;
		}

	}

	record MarkNoShow(Integer counter) implements TicketCommand {

		public TicketAction action() {
			return TicketAction.NO_SHOW;
		}

	}

	record Start(Integer counter) implements TicketCommand {

		public TicketAction action() {
			return TicketAction.START;
		}

	}

	record Finish(Integer counter, Outcome outcome) implements TicketCommand {

		public Finish {
			Objects.requireNonNull(outcome, "outcome");
		}

		public TicketAction action() {
			return TicketAction.FINISH;
		}

	}

	record Transfer(Integer counter, String toField) implements TicketCommand {

		public TicketAction action() {
			return TicketAction.TRANSFER;
		}

	}

	record Cancel(Integer counter) implements TicketCommand {

		public TicketAction action() {
			return TicketAction.CANCEL;
		}

	}

	record Reactivate(Integer counter) implements TicketCommand {

		public TicketAction action() {
			return TicketAction.REACTIVATE;
		}

	}

	record Close() implements TicketCommand {

		public TicketAction action() {
			return TicketAction.CLOSE;
		}

		public Integer counter() {
			return null;
		}

	}

}
