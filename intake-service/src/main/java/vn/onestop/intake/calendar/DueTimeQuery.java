package vn.onestop.intake.calendar;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import vn.onestop.support.web.ProblemException;
import vn.onestop.support.web.ProblemException.FieldError;

/** The query parameters of GET /calendar/due-time, checked together so every fault is reported at once. */
record DueTimeQuery(LocalDateTime receivedAt, ProcessingTime processingTime) {

	static final int MAX_AMOUNT = 3650;

	static DueTimeQuery parse(String receivedAt, String amount, String unit, String sameDayCutoff) {
		List<FieldError> errors = new ArrayList<>();
		LocalDateTime received = parseReceivedAt(receivedAt, errors);
		Integer parsedAmount = parseAmount(amount, errors);
		DueTimeUnit parsedUnit = parseUnit(unit, errors);
		Optional<LocalTime> cutoff = parseCutoff(sameDayCutoff, errors);
		if (cutoff.isPresent() && parsedAmount != null && parsedAmount != 0) {
			errors.add(new FieldError("sameDayCutoff", "applies only to same-day procedures (amount 0)"));
		}
		if (!errors.isEmpty()) {
			throw ProblemException.validation(errors);
		}
		return new DueTimeQuery(received, new ProcessingTime(parsedAmount, parsedUnit, cutoff));
	}

	/** A local date-time is read in Asia/Ho_Chi_Minh; one with an offset or zone is converted to it. */
	private static LocalDateTime parseReceivedAt(String text, List<FieldError> errors) {
		try {
			// An unencoded '+' of an offset arrives as a space; ISO date-times never contain one.
			TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text.strip().replace(' ', '+'),
					ZonedDateTime::from, LocalDateTime::from);
			return parsed instanceof ZonedDateTime zoned
					? zoned.withZoneSameInstant(WorkingCalendar.ZONE).toLocalDateTime() : (LocalDateTime) parsed;
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError("receivedAt",
					"must be an ISO-8601 date-time, e.g. 2025-10-27T09:32 or 2025-10-27T09:32+07:00"));
			return null;
		}
	}

	private static Integer parseAmount(String text, List<FieldError> errors) {
		try {
			int amount = Integer.parseInt(text.strip());
			if (amount >= 0 && amount <= MAX_AMOUNT) {
				return amount;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.add(new FieldError("amount", "must be an integer from 0 to " + MAX_AMOUNT));
		return null;
	}

	private static DueTimeUnit parseUnit(String text, List<FieldError> errors) {
		try {
			return DueTimeUnit.valueOf(text.strip());
		}
		catch (IllegalArgumentException ex) {
			errors.add(new FieldError("unit", "must be one of " + Arrays.toString(DueTimeUnit.values())));
			return null;
		}
	}

	private static Optional<LocalTime> parseCutoff(String text, List<FieldError> errors) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalTime.parse(text.strip()));
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError("sameDayCutoff", "must be a local time, e.g. 15:00"));
			return Optional.empty();
		}
	}

}
