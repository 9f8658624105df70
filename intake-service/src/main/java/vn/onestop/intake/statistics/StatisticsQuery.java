package vn.onestop.intake.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code GET /statistics} parameters: the ward (required, 5 digits: statistics never mix wards), an
 * optional field code and the period as dates in Vietnam, both inclusive. Without dates the period is
 * the current month to date; without {@code from}, the month of {@code to}.
 */
record StatisticsQuery(String ward, Optional<String> field, LocalDate from, LocalDate to) {

	static final long MAX_DAYS = 3660;

	private static final Pattern WARD = Pattern.compile("\\d{5}");

	private static final Pattern FIELD = Pattern.compile("[A-Z0-9_]{1,40}");

	record Violation(String field, String message) {
	}

	record Parsed(StatisticsQuery query, List<Violation> violations) {
	}

	static Parsed parse(String ward, String field, String from, String to, LocalDate today) {
		List<Violation> violations = new ArrayList<>();
		if (ward == null || !WARD.matcher(ward).matches()) {
			violations.add(new Violation("ward", "is required: the ward's 5-digit code"));
		}
		if (field != null && !field.isEmpty() && !FIELD.matcher(field).matches()) {
			violations.add(new Violation("field", "must be a field code such as HO_TICH"));
		}
		LocalDate end = date("to", to, violations).orElse(today);
		LocalDate start = date("from", from, violations).orElse(end.withDayOfMonth(1));
		if (start.isAfter(end)) {
			violations.add(new Violation("from", "must not be after to"));
		}
		else if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
			violations.add(new Violation("to", "the period must be at most " + MAX_DAYS + " days"));
		}
		if (!violations.isEmpty()) {
			return new Parsed(null, List.copyOf(violations));
		}
		return new Parsed(new StatisticsQuery(ward, Optional.ofNullable(field).filter(f -> !f.isEmpty()), start, end),
				List.of());
	}

	Instant startsAt() {
		return this.from.atStartOfDay(ReturnTimeliness.ZONE).toInstant();
	}

	/** Exclusive: the start of the day after {@code to}. */
	Instant endsBefore() {
		return this.to.plusDays(1).atStartOfDay(ReturnTimeliness.ZONE).toInstant();
	}

	private static Optional<LocalDate> date(String name, String text, List<Violation> violations) {
		if (text == null || text.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(text));
		}
		catch (DateTimeParseException invalid) {
			violations.add(new Violation(name, "must be an ISO date (yyyy-MM-dd)"));
			return Optional.empty();
		}
	}

}
