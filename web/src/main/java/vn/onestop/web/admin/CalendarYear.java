package vn.onestop.web.admin;

import java.time.LocalDate;
import java.util.List;

/** intake's {@code GET /calendar/{year}}: the year's holidays and make-up working days. */
record CalendarYear(int year, boolean provisional, List<Day> holidays, List<Day> makeupWorkdays) {

	CalendarYear {
		holidays = holidays == null ? List.of() : List.copyOf(holidays);
		makeupWorkdays = makeupWorkdays == null ? List.of() : List.copyOf(makeupWorkdays);
	}

	record Day(LocalDate date, String name) {

		public String weekday() {
			return this.date.getDayOfWeek().name();
		}

	}

	/** What the preview answers: the year as it would read, open dossiers examined, appointments that would move. */
	record Preview(CalendarYear calendar, long openDossiersExamined, long appointmentsMoved) {
	}

	/** What the replacement answers: the year as it now reads and what recomputing the appointments did. */
	record Replaced(CalendarYear calendar, Recalculation recalculation) {
	}

	record Recalculation(long examined, long moved, long skippedAsChangedMeanwhile) {
	}

}
