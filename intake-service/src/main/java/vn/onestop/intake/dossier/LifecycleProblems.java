package vn.onestop.intake.dossier;

import java.util.List;

import org.springframework.http.HttpStatus;

import vn.onestop.support.web.ProblemException;
import vn.onestop.support.web.ProblemException.FieldError;
import vn.onestop.support.web.ProblemTypes;

/** The problems of acting on a dossier, rating it and looking it up; their kinds are part of the API. */
final class LifecycleProblems {

	static final String ACTION_NOT_ALLOWED = "action-not-allowed";

	static final String LEADER_APPROVAL_REQUIRED = "leader-approval-required";

	static final String DOSSIER_CHANGED = "dossier-changed";

	static final String APOLOGY_TOO_LATE = "apology-too-late";

	static final String ACTION_DETAILS = "action-details";

	static final String RATING_NOT_ALLOWED = "rating-not-allowed";

	static final String ALREADY_RATED = "already-rated";

	private LifecycleProblems() {
	}

	static ActionConflict notAllowed(String action, DossierStatus status, List<String> allowed) {
		return new ActionConflict(ACTION_NOT_ALLOWED, "Action not allowed",
				"A dossier in status " + status.code() + " (" + status.name() + ") cannot '" + action + "'; allowed: "
						+ (allowed.isEmpty() ? "none" : String.join(", ", allowed)) + ".",
				allowed);
	}

	static ActionConflict leaderRequired(String action, List<String> allowed) {
		return new ActionConflict(LEADER_APPROVAL_REQUIRED, "Leader approval required", "'" + action
				+ "' was already done once for this dossier; doing it again needs a leader's approval "
				+ "(a ward leader of the dossier's ward makes the request).", allowed);
	}

	static ActionConflict changedMeanwhile(List<String> allowed) {
		return new ActionConflict(DOSSIER_CHANGED, "Dossier changed meanwhile",
				"Another change of this dossier was committed first; read it again and retry if still relevant.",
				allowed);
	}

	static ActionConflict apologyTooLate(List<String> allowed) {
		return new ActionConflict(APOLOGY_TOO_LATE, "Apology too late",
				"An apology with a new appointment (form 04) must be issued before the appointment passes; "
						+ "this dossier is already overdue.",
				allowed);
	}

	static ProblemException missing(String field, String message) {
		return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, ACTION_DETAILS, "Action incomplete",
				"The action needs " + field + ".", List.of(new FieldError(field, message)));
	}

	static ProblemException unknownAction(String action) {
		return new ProblemException(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Unknown action",
				"No action '" + action + "'; known: " + String.join(", ", ActionNames.all()) + ".");
	}

	static ProblemException notRatable(DossierStatus status) {
		return new ProblemException(HttpStatus.CONFLICT, RATING_NOT_ALLOWED, "Rating not allowed yet",
				"A dossier can be rated once its result was returned (status 10); it is in status " + status.code() + ".");
	}

	static ProblemException alreadyRated() {
		return new ProblemException(HttpStatus.CONFLICT, ALREADY_RATED, "Already rated",
				"This dossier was already rated; a rating cannot be changed.");
	}

	/** One answer for an unknown code and a wrong phone: the caller cannot tell them apart. */
	static ProblemException noMatch() {
		return new ProblemException(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Dossier not found",
				"No dossier matches this code and phone number.");
	}

}
