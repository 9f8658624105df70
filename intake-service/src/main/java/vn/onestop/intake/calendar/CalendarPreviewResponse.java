package vn.onestop.intake.calendar;

/**
 * What replacing a year's calendar would do now: the proposed year as it would read, the open dossiers examined
 * and how many of their appointments would move. Nothing is stored.
 */
record CalendarPreviewResponse(CalendarYearResponse calendar, long openDossiersExamined, long appointmentsMoved) {

	static CalendarPreviewResponse of(CalendarYear proposed, Recalculation recalculation) {
		return new CalendarPreviewResponse(CalendarYearResponse.of(proposed), recalculation.examined(),
				recalculation.moved());
	}

}
