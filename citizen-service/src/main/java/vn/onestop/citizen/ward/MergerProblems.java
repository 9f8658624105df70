package vn.onestop.citizen.ward;

import org.springframework.http.HttpStatus;

import vn.onestop.support.web.ProblemException;
import vn.onestop.support.web.ProblemException.FieldError;

/** The problems a refused merger answers with; their kinds are part of the API. */
final class MergerProblems {

	static final String PREDECESSOR_NOT_IN_FORCE = "predecessor-not-in-force";

	static final String UNKNOWN_PROVINCE = "unknown-province";

	static final String MERGER_CYCLE = "merger-cycle";

	static final String WARD_CODE_IN_USE = "ward-code-in-use";

	static final String MERGER_CONFLICT = "merger-conflict";

	private MergerProblems() {
	}

	static ProblemException of(MergerRefused refused) {
		var errors = refused.issues().stream().map(i -> new FieldError(i.field(), i.message())).toList();
		return switch (refused.reason()) {
			case INVALID -> ProblemException.validation(errors);
			case PREDECESSOR_NOT_IN_FORCE -> new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, PREDECESSOR_NOT_IN_FORCE,
					"Predecessor not in force", refused.getMessage(), errors);
			case UNKNOWN_PROVINCE -> new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, UNKNOWN_PROVINCE,
					"Unknown province", refused.getMessage(), errors);
			case CYCLE -> new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, MERGER_CYCLE, "Merger cycle",
					refused.getMessage(), errors);
			case CODE_IN_USE -> new ProblemException(HttpStatus.CONFLICT, WARD_CODE_IN_USE, "Ward code in use",
					refused.getMessage(), errors);
			case RECORDED_DIFFERENTLY -> new ProblemException(HttpStatus.CONFLICT, MERGER_CONFLICT,
					"Merger recorded differently", refused.getMessage(), errors);
		};
	}

}
