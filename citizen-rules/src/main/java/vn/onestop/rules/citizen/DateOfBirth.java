package vn.onestop.rules.citizen;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A date of birth as {@code YYYY-MM-DD}, not in the future and not before 1900. */
public final class DateOfBirth {

	public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	private DateOfBirth() {
	}

	public static LocalDate parse(String text, LocalDate today) {
		if (text == null || text.isBlank()) {
			throw new InvalidValue("is required");
		}
		LocalDate date;
		try {
			date = LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidValue("must be a date as YYYY-MM-DD");
		}
		if (date.isAfter(today)) {
			throw new InvalidValue("must not be in the future");
		}
		if (date.isBefore(EARLIEST)) {
			throw new InvalidValue("must not be before 1900-01-01");
		}
		return date;
	}

}
