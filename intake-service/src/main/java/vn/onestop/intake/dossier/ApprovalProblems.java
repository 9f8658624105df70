package vn.onestop.intake.dossier;

import java.util.List;

import org.springframework.http.HttpStatus;

import vn.onestop.support.web.ProblemException;
import vn.onestop.support.web.ProblemException.FieldError;

/** The problems of asking for and deciding a leader's approval; their kinds are part of the API. */
final class ApprovalProblems {

	static final String APPROVAL_NOT_NEEDED = "approval-not-needed";

	static final String APPROVAL_PENDING = "approval-pending";

	static final String APPROVAL_DECIDED = "approval-decided";

	private ApprovalProblems() {
	}

	static RuntimeException of(ApprovalRules.Why why, String action, DossierStatus status) {
		List<String> allowed = ActingOnDossier.allowedIn(status);
		return switch (why) {
			case UNKNOWN_ACTION -> new ProblemException(HttpStatus.BAD_REQUEST, LifecycleProblems.ACTION_DETAILS,
					"Not an action to approve", "Only request-supplement and apologize need a leader's approval.",
					List.of(new FieldError("action", "must be request-supplement or apologize")));
			case NOT_NEEDED -> new ActionConflict(APPROVAL_NOT_NEEDED, "No approval needed",
					"The first '" + action + "' of a dossier needs no leader; make it directly.", allowed);
			case NOT_ALLOWED_NOW -> LifecycleProblems.notAllowed(action, status, allowed);
			case DUE_PASSED -> LifecycleProblems.apologyTooLate(allowed);
			case MISSING_ITEMS_REQUIRED -> LifecycleProblems.missing("missingItems", "is required to request-supplement");
			case REASON_REQUIRED -> LifecycleProblems.missing("reason", "is required to apologize");
			case NEW_APPOINTMENT_REQUIRED -> LifecycleProblems.missing("newAppointmentAt", "is required to apologize");
			case NEW_APPOINTMENT_NOT_LATER -> LifecycleProblems.missing("newAppointmentAt",
					"must be after the current appointment");
		};
	}

	static ProblemException pending() {
		return new ProblemException(HttpStatus.CONFLICT, APPROVAL_PENDING, "Approval already requested",
				"Another request of this dossier waits for the leader; it must be decided first.");
	}

	static ProblemException decided() {
		return new ProblemException(HttpStatus.CONFLICT, APPROVAL_DECIDED, "Already decided",
				"This request was already approved or refused.");
	}

	static ProblemException reasonRequired() {
		return new ProblemException(HttpStatus.BAD_REQUEST, LifecycleProblems.ACTION_DETAILS, "Reason required",
				"A refusal says why.", List.of(new FieldError("reason", "is required to refuse")));
	}

}
