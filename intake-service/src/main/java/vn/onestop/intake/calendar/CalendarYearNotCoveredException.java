package vn.onestop.intake.calendar;

/** The arithmetic reached a year whose holidays are not known, so any answer could be wrong. */
public class CalendarYearNotCoveredException extends RuntimeException {

	private final int year;

	public CalendarYearNotCoveredException(int year) {
		super("The working calendar does not cover " + year);
		this.year = year;
	}

	public int year() {
		return this.year;
	}

}
