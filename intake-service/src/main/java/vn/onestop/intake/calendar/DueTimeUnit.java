package vn.onestop.intake.calendar;

/** How a procedure's legal processing time is expressed. */
public enum DueTimeUnit {

	/** Counted along the working sessions. */
	WORKING_HOURS,

	/** One working day is the length of the working sessions (8 hours), counted along them. */
	WORKING_DAYS,

	/** Counted on the calendar; the result is moved forward off a non-working day. */
	CALENDAR_DAYS

}
