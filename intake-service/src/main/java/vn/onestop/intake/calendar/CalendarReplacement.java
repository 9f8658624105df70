package vn.onestop.intake.calendar;

import java.util.List;

/**
 * The body of {@code PUT /calendar/{year}}: every listed day of the year, as the yearly notice reads.
 * Dates, kinds and names stay text until {@link CalendarRules} has checked them, so a wrong value is
 * answered with a field error rather than a decoding failure.
 */
record CalendarReplacement(Boolean provisional, String source, List<Day> days) {

	record Day(String date, String kind, String name) {
	}

}
