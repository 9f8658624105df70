package vn.onestop.intake.calendar;

import java.time.LocalDate;
import java.util.List;

record CalendarYearResponse(int year, boolean provisional, List<Day> holidays, List<Day> makeupWorkdays) {

	static CalendarYearResponse of(CalendarYear year) {
		return new CalendarYearResponse(year.year(), year.provisional(), days(year.holidays()),
				days(year.makeupWorkdays()));
	}

	private static List<Day> days(List<CalendarDay> days) {
		return days.stream().map(day -> new Day(day.date(), day.name())).toList();
	}

	record Day(LocalDate date, String name) {
	}

}
