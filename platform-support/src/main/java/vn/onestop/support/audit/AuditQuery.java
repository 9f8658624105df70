package vn.onestop.support.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;

import vn.onestop.support.web.ProblemException;
import vn.onestop.support.web.ProblemTypes;

/**
 * A page of the audit log: optionally one actor, one action, one ward, and a time range ({@code from} inclusive,
 * {@code to} exclusive; a date means midnight in Vietnam time), newest first.
 */
record AuditQuery(String actor, String action, String ward, Instant from, Instant to, int page, int size) {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static AuditQuery parse(String actor, String action, String ward, String from, String to, int page, int size) {
		List<ProblemException.FieldError> errors = new ArrayList<>();
		check(errors, "actor", actor, actor == null || (actor.length() <= 200 && !actor.isBlank()), "at most 200 characters");
		check(errors, "action", action, action == null || action.matches("[a-z.-]{1,60}"), "like 'calendar.replace'");
		check(errors, "ward", ward, ward == null || ward.matches("[0-9]{5}"), "a 5-digit ward code");
		Instant start = instant(errors, "from", from);
		Instant end = instant(errors, "to", to);
		check(errors, "page", page, page >= 0 && page <= 10_000, "between 0 and 10000");
		check(errors, "size", size, size >= 1 && size <= 200, "between 1 and 200");
		if (start != null && end != null && !start.isBefore(end)) {
			errors.add(new ProblemException.FieldError("to", "must be after from"));
		}
		if (!errors.isEmpty()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_PARAMETER, "Invalid parameter",
					"One or more query parameters are invalid.", errors);
		}
		return new AuditQuery(actor, action, ward, start, end, page, size);
	}

	private static void check(List<ProblemException.FieldError> errors, String field, Object value, boolean valid,
			String expected) {
		if (value != null && !valid) {
			errors.add(new ProblemException.FieldError(field, "must be " + expected));
		}
	}

	private static Instant instant(List<ProblemException.FieldError> errors, String field, String value) {
		if (value == null) {
			return null;
		}
		try {
			return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(VIETNAM).toInstant()
					: OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			errors.add(new ProblemException.FieldError(field, "must be a date (2026-11-22) or a date-time with offset"));
			return null;
		}
	}

}
