package vn.onestop.citizen.records;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;

import vn.onestop.support.privacy.Masking;
import vn.onestop.support.web.ProblemException;
import vn.onestop.support.web.ProblemException.FieldError;
import vn.onestop.support.web.ProblemTypes;

import vn.onestop.rules.citizen.FieldProblem;

/** The problems the citizen API answers with; their kinds are part of the API. */
final class CitizenProblems {

	static final String DUPLICATE_ID_NUMBER = "duplicate-id-number";

	static final String WARD_NOT_IN_FORCE = "ward-not-in-force";

	static final String PRECONDITION_REQUIRED = "precondition-required";

	static final String PRECONDITION_FAILED = "precondition-failed";

	static final String CITIZEN_INACTIVE = "citizen-inactive";

	static final String REVIEW_RESOLVED = "review-resolved";

	private CitizenProblems() {
	}

	static ProblemException invalid(List<FieldProblem> problems) {
		return ProblemException.validation(problems.stream().map(p -> new FieldError(p.field(), p.message())).toList());
	}

	static ProblemException invalid(String field, String message) {
		return invalid(List.of(new FieldProblem(field, message)));
	}

	static ProblemException duplicateIdNumber(String idNumber) {
		return new ProblemException(HttpStatus.CONFLICT, DUPLICATE_ID_NUMBER, "Duplicate personal ID number",
				"Another citizen already has personal ID number " + Masking.mask(idNumber) + ".",
				List.of(new FieldError("idNumber", "is already registered")));
	}

	static ProblemException wardNotInForce(String code) {
		return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, WARD_NOT_IN_FORCE, "Ward not in force",
				"No commune-level unit with code " + code + " is in force today.",
				List.of(new FieldError("address.wardCode", "must be a ward code in force today")));
	}

	static ProblemException notFound(UUID id) {
		return new ProblemException(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Citizen not found",
				"No citizen has id " + id + ".");
	}

	static ProblemException reviewNotFound(UUID id) {
		return new ProblemException(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Review not found",
				"No review has id " + id + ".");
	}

	static ProblemException reviewResolved(UUID id) {
		return new ProblemException(HttpStatus.CONFLICT, REVIEW_RESOLVED, "Review already resolved",
				"Review " + id + " has already been resolved; its decision stands.");
	}

	static ProblemException noCitizenWithIdNumber() {
		return new ProblemException(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Citizen not found",
				"No citizen has this personal ID number.");
	}

	static ProblemException preconditionRequired() {
		return new ProblemException(HttpStatus.PRECONDITION_REQUIRED, PRECONDITION_REQUIRED, "If-Match required",
				"Send If-Match with the ETag of the citizen you read, e.g. If-Match: \"3\".");
	}

	static ProblemException preconditionFailed() {
		return new ProblemException(HttpStatus.PRECONDITION_FAILED, PRECONDITION_FAILED, "Citizen has changed",
				"The citizen was changed since you read it; read it again and reapply your change.");
	}

	static ProblemException inactive() {
		return new ProblemException(HttpStatus.CONFLICT, CITIZEN_INACTIVE, "Citizen inactive",
				"The citizen has been deactivated and can no longer be changed.");
	}

}
