package vn.onestop.intake.dossier;

import org.springframework.stereotype.Component;

/**
 * Who acts on a dossier. There is no authentication yet: the name given in the request body, else
 * "anonymous". The security work replaces this one place with the authenticated officer.
 */
@Component
class CurrentActor {

	static final String ANONYMOUS = "anonymous";

	String of(ActionRequest request) {
		String named = request.actor();
		return named == null || named.isBlank() ? ANONYMOUS : TextRules.nfc(named).strip();
	}

}
