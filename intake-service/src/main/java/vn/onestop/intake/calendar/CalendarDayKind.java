package vn.onestop.intake.calendar;

/** How a listed date departs from the Monday–Friday week. */
public enum CalendarDayKind {

	/** A day off: a public holiday, a compensatory day or a swapped day. */
	HOLIDAY,

	/** A Saturday or Sunday worked in exchange for a swapped day off. */
	MAKEUP_WORKDAY

}
