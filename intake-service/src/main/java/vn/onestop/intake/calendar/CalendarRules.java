package vn.onestop.intake.calendar;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a replacement of a year's calendar. A make-up working day must be a Saturday or Sunday (it
 * exists to be worked instead of a weekday). A holiday may fall on a weekend: notices list every day
 * of a break, weekend days included, and such a day changes no arithmetic, so it is kept as
 * information rather than refused.
 */
final class CalendarRules {

	static final int MAX_SOURCE_LENGTH = 1000;

	static final int MAX_NAME_LENGTH = 200;

	record Violation(String field, String message) {
	}

	record Checked(CalendarYear year, String source, List<Violation> violations) {

		boolean valid() {
			return this.violations.isEmpty();
		}

	}

	private CalendarRules() {
	}

	static Checked check(int year, CalendarReplacement replacement) {
		List<Violation> violations = new ArrayList<>();
		if (year < CalendarResource.MIN_YEAR || year > CalendarResource.MAX_YEAR) {
			violations.add(new Violation("year",
					"must be from " + CalendarResource.MIN_YEAR + " to " + CalendarResource.MAX_YEAR));
		}
		String source = replacement.source() == null ? "" : nfc(replacement.source().strip());
		if (source.isEmpty()) {
			violations.add(new Violation("source", "must name the notice the calendar comes from"));
		}
		else if (source.length() > MAX_SOURCE_LENGTH) {
			violations.add(new Violation("source", "must be at most " + MAX_SOURCE_LENGTH + " characters"));
		}
		if (replacement.provisional() == null) {
			violations.add(new Violation("provisional", "must be true or false"));
		}
		if (replacement.days() == null) {
			violations.add(new Violation("days", "must list the year's holidays and make-up working days"));
			return new Checked(null, source, List.copyOf(violations));
		}
		List<CalendarDay> days = new ArrayList<>();
		Set<LocalDate> seen = new HashSet<>();
		for (int i = 0; i < replacement.days().size(); i++) {
			CalendarDay day = day(year, "days[" + i + "]", replacement.days().get(i), violations);
			if (day != null && !seen.add(day.date())) {
				violations.add(new Violation("days[" + i + "].date", day.date() + " is listed twice"));
			}
			else if (day != null) {
				days.add(day);
			}
		}
		if (!violations.isEmpty()) {
			return new Checked(null, source, List.copyOf(violations));
		}
		return new Checked(new CalendarYear(year, replacement.provisional(), days), source, List.of());
	}

	private static CalendarDay day(int year, String field, CalendarReplacement.Day day, List<Violation> violations) {
		if (day == null) {
			violations.add(new Violation(field, "must not be null"));
			return null;
		}
		int before = violations.size();
		LocalDate date = date(year, field + ".date", day.date(), violations);
		CalendarDayKind kind = kind(field + ".kind", day.kind(), violations);
		String name = day.name() == null ? "" : nfc(day.name().strip());
		if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
			violations.add(new Violation(field + ".name", "must be 1 to " + MAX_NAME_LENGTH + " characters"));
		}
		if (date != null && kind == CalendarDayKind.MAKEUP_WORKDAY && !isWeekend(date)) {
			violations.add(new Violation(field + ".kind",
					"a make-up working day must be a Saturday or Sunday; " + date + " is a " + date.getDayOfWeek()));
		}
		return violations.size() == before ? new CalendarDay(date, kind, name) : null;
	}

	private static LocalDate date(int year, String field, String text, List<Violation> violations) {
		try {
			LocalDate date = LocalDate.parse(text == null ? "" : text.strip());
			if (date.getYear() != year) {
				violations.add(new Violation(field, date + " is not in " + year));
				return null;
			}
			return date;
		}
		catch (DateTimeParseException invalid) {
			violations.add(new Violation(field, "must be an ISO date (yyyy-MM-dd)"));
			return null;
		}
	}

	private static CalendarDayKind kind(String field, String text, List<Violation> violations) {
		for (CalendarDayKind kind : CalendarDayKind.values()) {
			if (kind.name().equals(text)) {
				return kind;
			}
		}
		violations.add(new Violation(field, "must be HOLIDAY or MAKEUP_WORKDAY"));
		return null;
	}

	static boolean isWeekend(LocalDate date) {
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	private static String nfc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

}
