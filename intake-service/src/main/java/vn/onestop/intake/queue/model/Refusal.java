package vn.onestop.intake.queue.model;

/** Why an action on a ticket is refused; the API answers each with a 409 naming it. */
public enum Refusal {

	/** The ticket's status does not allow the action. */
	NOT_ALLOWED_NOW,

	/** Another counter called the ticket, so only that counter acts on it. */
	OTHER_COUNTER,

	/** A counter acts on a ticket with no counter number, or one the center does not have. */
	UNKNOWN_COUNTER,

	/** The counter does not serve the ticket's field. */
	FIELD_NOT_SERVED_HERE,

	/** A transfer names a field the center does not have. */
	UNKNOWN_FIELD,

	/** A transfer names the field the ticket is already in. */
	SAME_FIELD,

	/** A no-show comes back only on the day it was taken; the next day it is a new ticket. */
	NOT_TODAY

}
