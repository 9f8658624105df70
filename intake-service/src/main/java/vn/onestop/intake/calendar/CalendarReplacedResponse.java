package vn.onestop.intake.calendar;

record CalendarReplacedResponse(CalendarYearResponse calendar, Recalculation recalculation) {

	static CalendarReplacedResponse of(ReplacingCalendar.Replaced replaced) {
		return new CalendarReplacedResponse(CalendarYearResponse.of(replaced.year()), replaced.recalculation());
	}

}
