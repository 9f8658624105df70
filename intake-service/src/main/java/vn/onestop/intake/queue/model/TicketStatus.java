package vn.onestop.intake.queue.model;

/** Where a ticket stands. DONE, CANCELLED and NOT_SERVED are final; NO_SHOW may come back the same day. */
public enum TicketStatus {

	WAITING, CALLED, SERVING, DONE, NO_SHOW, CANCELLED, NOT_SERVED;

	public boolean isFinal() {
		return this == DONE || this == CANCELLED || this == NOT_SERVED;
	}

}
