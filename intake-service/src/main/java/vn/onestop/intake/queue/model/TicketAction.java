package vn.onestop.intake.queue.model;

/** What happens to a ticket; each one is a line of its history. */
public enum TicketAction {

	TAKE, CALL, RECALL, NO_SHOW, REACTIVATE, TRANSFER, START, FINISH, CANCEL, CLOSE

}
