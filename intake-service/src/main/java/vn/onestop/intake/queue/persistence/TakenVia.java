package vn.onestop.intake.queue.persistence;

/** Who took a ticket: a ward's ticket machine, an officer on a citizen's behalf, or the citizen online. */
public enum TakenVia {

	KIOSK, OFFICER, CITIZEN

}
