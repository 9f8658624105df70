package vn.onestop.intake.calendar;

import java.time.LocalDate;
import java.util.Objects;

public record CalendarDay(LocalDate date, CalendarDayKind kind, String name) {

	public CalendarDay {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(name, "name");
	}

}
