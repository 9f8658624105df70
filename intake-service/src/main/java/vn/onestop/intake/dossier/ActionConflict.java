package vn.onestop.intake.dossier;

import java.util.List;

import org.springframework.http.HttpStatus;

import vn.onestop.support.web.ProblemException;

/** A 409 about an action on a dossier, naming the actions its current status allows. */
class ActionConflict extends ProblemException {

	private final List<String> allowedActions;

	ActionConflict(String kind, String title, String detail, List<String> allowedActions) {
		super(HttpStatus.CONFLICT, kind, title, detail);
		this.allowedActions = List.copyOf(allowedActions);
	}

	List<String> allowedActions() {
		return this.allowedActions;
	}

}
