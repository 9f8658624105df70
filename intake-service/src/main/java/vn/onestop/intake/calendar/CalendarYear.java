package vn.onestop.intake.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The holidays and make-up working days announced for one year. Provisional years are derived from
 * the Labour Code and the lunar calendar before the yearly notice is published.
 */
public record CalendarYear(int year, boolean provisional, List<CalendarDay> days) {

	public CalendarYear {
		days = List.copyOf(days);
		Set<LocalDate> seen = new HashSet<>();
		for (CalendarDay day : days) {
			if (day.date().getYear() != year) {
				throw new IllegalArgumentException(day.date() + " does not belong to the calendar of " + year);
			}
			if (!seen.add(day.date())) {
				throw new IllegalArgumentException(day.date() + " is listed twice in the calendar of " + year);
			}
		}
	}

	public List<CalendarDay> holidays() {
		return ofKind(CalendarDayKind.HOLIDAY);
	}

	public List<CalendarDay> makeupWorkdays() {
		return ofKind(CalendarDayKind.MAKEUP_WORKDAY);
	}

	private List<CalendarDay> ofKind(CalendarDayKind kind) {
		return this.days.stream().filter(day -> day.kind() == kind).toList();
	}

}
