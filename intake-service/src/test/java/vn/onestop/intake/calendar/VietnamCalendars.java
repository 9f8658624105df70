package vn.onestop.intake.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The seeded calendars of V2__working_calendar.sql as plain Java, so the arithmetic is tested on the
 * data production uses; {@link CalendarYearRepositoryTest} proves the two agree. An entry is a
 * holiday date, a holiday range "from..to", or a make-up working day prefixed with "+".
 */
final class VietnamCalendars {

	static final CalendarYear Y2023 = year(2023, false, "2023-01-01..2023-01-02", "2023-01-20..2023-01-26",
			"2023-04-29..2023-05-03", "2023-09-01..2023-09-04");

	static final CalendarYear Y2024 = year(2024, false, "2024-01-01", "2024-02-08..2024-02-14", "2024-04-18",
			"2024-04-27..2024-05-01", "+2024-05-04", "2024-08-31..2024-09-03");

	static final CalendarYear Y2025 = year(2025, false, "2025-01-01", "2025-01-25..2025-02-02", "2025-04-07",
			"+2025-04-26", "2025-04-30..2025-05-04", "2025-08-30..2025-09-02");

	static final CalendarYear Y2026 = year(2026, false, "2026-01-01..2026-01-04", "+2026-01-10",
			"2026-02-14..2026-02-22", "2026-04-26..2026-04-27", "2026-04-30..2026-05-03", "+2026-08-22",
			"2026-08-29..2026-09-02");

	static final CalendarYear Y2027 = year(2027, true, "2027-01-01", "2027-02-04..2027-02-10", "2027-04-16",
			"2027-04-30..2027-05-01", "2027-05-03", "2027-09-02..2027-09-03");

	static final List<CalendarYear> ALL = List.of(Y2023, Y2024, Y2025, Y2026, Y2027);

	private VietnamCalendars() {
	}

	static WorkingCalendar standard() {
		return new WorkingCalendar(WorkingSessions.STANDARD, ALL);
	}

	private static CalendarYear year(int year, boolean provisional, String... entries) {
		List<CalendarDay> days = new ArrayList<>();
		for (String entry : entries) {
			if (entry.startsWith("+")) {
				days.add(new CalendarDay(LocalDate.parse(entry.substring(1)), CalendarDayKind.MAKEUP_WORKDAY, "make-up"));
				continue;
			}
			String[] range = entry.split("\\.\\.");
			LocalDate to = LocalDate.parse(range[range.length - 1]);
			for (LocalDate day = LocalDate.parse(range[0]); !day.isAfter(to); day = day.plusDays(1)) {
				days.add(new CalendarDay(day, CalendarDayKind.HOLIDAY, "holiday"));
			}
		}
		return new CalendarYear(year, provisional, days);
	}

}
