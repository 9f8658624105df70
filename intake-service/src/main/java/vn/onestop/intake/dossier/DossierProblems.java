package vn.onestop.intake.dossier;

import java.util.List;

import org.springframework.http.HttpStatus;

import vn.onestop.support.web.ProblemException;
import vn.onestop.support.web.ProblemException.FieldError;
import vn.onestop.support.web.ProblemTypes;

/** The problems of dossier intake; their kinds are part of the API. */
final class DossierProblems {

	static final String UNKNOWN_PROCEDURE = "unknown-procedure";

	static final String INTAKE_RULES = "intake-rules";

	static final String IDEMPOTENCY_KEY_REUSED = "idempotency-key-reused";

	static final String DAILY_SEQUENCE_EXHAUSTED = "daily-sequence-exhausted";

	static final String CITIZEN_ALREADY_LINKED = "citizen-already-linked";

	private DossierProblems() {
	}

	static ProblemException unknownProcedure() {
		return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, UNKNOWN_PROCEDURE, "Unknown procedure",
				"No procedure with this code is in force today.",
				List.of(new FieldError("procedureCode", "is not a procedure in force")));
	}

	static ProblemException rulesBroken(List<IntakeRules.Violation> violations) {
		return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, INTAKE_RULES, "Dossier not acceptable",
				"The dossier does not meet the rules of the procedure.",
				violations.stream().map(v -> new FieldError(v.field(), v.message())).toList());
	}

	static ProblemException keyReused() {
		return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, IDEMPOTENCY_KEY_REUSED, "Idempotency key reused",
				"This Idempotency-Key was used for a different request.",
				List.of(new FieldError("Idempotency-Key", "was used with a different body")));
	}

	/** Its transaction is rolled back, so the day's counter stays as it was and no code is skipped. */
	static ProblemException dailySequenceExhausted() {
		return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, DAILY_SEQUENCE_EXHAUSTED, "No dossier code left today",
				"This agency has received " + DossierCode.MAX_SEQUENCE + " dossiers today, the most a day's codes can number; "
						+ "file it again tomorrow.");
	}

	static ProblemException citizenAlreadyLinked() {
		return new ProblemException(HttpStatus.CONFLICT, CITIZEN_ALREADY_LINKED, "Citizen already linked",
				"This dossier is linked to its citizen's record; correct the record in citizen-service instead.");
	}

	static ProblemException invalidKey() {
		return new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_PARAMETER, "Invalid header",
				"Header 'Idempotency-Key' must be 1 to 200 visible ASCII characters.",
				List.of(new FieldError("Idempotency-Key", "must be 1 to 200 visible ASCII characters")));
	}

	static ProblemException notFound() {
		return new ProblemException(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Dossier not found",
				"No dossier has this code.");
	}

}
