package vn.onestop.citizen.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.onestop.rules.citizen.FieldProblem;

/**
 * The filters of {@code GET /citizens/reviews}, checked: ward (one of the caller's, whose reviews are listed) and kind
 * optional, open reviews by default.
 */
record CitizenReviewQuery(String ward, ReviewKind kind, Status status, int page, int size) {

	static final int MAX_SIZE = 100;

	private static final Pattern WARD = Pattern.compile("[0-9]{5}");

	enum Status {

		OPEN, RESOLVED

	}

	static CitizenReviewQuery parse(String ward, String kind, String status, int page, int size) {
		List<FieldProblem> problems = new ArrayList<>();
		String wardCode = ward == null || ward.isBlank() ? null : ward.strip();
		if (wardCode != null && !WARD.matcher(wardCode).matches()) {
			problems.add(new FieldProblem("ward", "must be a 5-digit ward code"));
		}
		ReviewKind reviewKind = kind == null || kind.isBlank() ? null : constant(ReviewKind.class, "kind", kind, problems);
		Status reviewStatus = status == null || status.isBlank() ? Status.OPEN
				: constant(Status.class, "status", status, problems);
		if (page < 0) {
			problems.add(new FieldProblem("page", "must be 0 or more"));
		}
		if (size < 1 || size > MAX_SIZE) {
			problems.add(new FieldProblem("size", "must be between 1 and " + MAX_SIZE));
		}
		if (!problems.isEmpty()) {
			throw new InvalidCitizenForm(problems);
		}
		return new CitizenReviewQuery(wardCode, reviewKind, reviewStatus, page, size);
	}

	private static <E extends Enum<E>> E constant(Class<E> type, String field, String value, List<FieldProblem> problems) {
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem(field, "must be one of " + List.of(type.getEnumConstants())));
			return null;
		}
	}

}
