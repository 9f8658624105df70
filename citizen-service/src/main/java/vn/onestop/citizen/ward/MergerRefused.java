package vn.onestop.citizen.ward;

import java.util.List;

/** Why a merger cannot be recorded, with the request fields at fault (JSON paths). */
final class MergerRefused extends RuntimeException {

	enum Reason {

		/** A value is missing or malformed: 400. */
		INVALID,
		/** A predecessor does not exist or is not in force on the day: 422. */
		PREDECESSOR_NOT_IN_FORCE,
		/** The province code names no province in force on the day: 422. */
		UNKNOWN_PROVINCE,
		/** The new unit would be its own predecessor, directly or through links: 422. */
		CYCLE,
		/** The new code already names another unit on or after the day: 409. */
		CODE_IN_USE,
		/** The same new unit and day were recorded with other content: 409. */
		RECORDED_DIFFERENTLY

	}

	private final Reason reason;

	private final List<FieldIssue> issues;

	MergerRefused(Reason reason, String detail, List<FieldIssue> issues) {
		super(detail, null, false, false);
		this.reason = reason;
		this.issues = List.copyOf(issues);
	}

	Reason reason() {
		return this.reason;
	}

	List<FieldIssue> issues() {
		return this.issues;
	}

	record FieldIssue(String field, String message) {
	}

}
