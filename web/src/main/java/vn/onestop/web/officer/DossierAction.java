package vn.onestop.web.officer;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.util.MultiValueMap;

/**
 * The actions of intake's lifecycle as the dossier page offers them: a plain button for a simple move, a form for
 * those that need words (missing items, refusal reasons, an apology's reason and new appointment). Which of them
 * a dossier allows now is intake's {@code allowedActions}; this only says how each is asked.
 */
enum DossierAction {

	ACCEPT("accept", Kind.BUTTON), TRANSFER("transfer", Kind.BUTTON), RESUME("supplement-received", Kind.BUTTON),
	FEES_PAID("fees-paid", Kind.BUTTON), RESULT_READY("result-ready", Kind.BUTTON), RETURN("return", Kind.BUTTON),
	REQUEST_SUPPLEMENT("request-supplement", Kind.SUPPLEMENT), REFUSE("refuse", Kind.REFUSAL),
	APOLOGIZE("apologize", Kind.APOLOGY), FEES_DUE("fees-due", Kind.REASON), WITHDRAW("withdraw", Kind.REASON),
	STOP("stop", Kind.REASON);

	enum Kind { BUTTON, SUPPLEMENT, REFUSAL, APOLOGY, REASON }

	private final String api;

	private final Kind kind;

	DossierAction(String api, Kind kind) {
		this.api = api;
		this.kind = kind;
	}

	public String api() {
		return this.api;
	}

	public String kind() {
		return this.kind.name();
	}

	/** A second supplement request or apology needs the ward leader: an officer may ask for approval of these. */
	public boolean leaderMayApprove() {
		return this == REQUEST_SUPPLEMENT || this == APOLOGIZE;
	}

	static Optional<DossierAction> of(String api) {
		return Arrays.stream(values()).filter(action -> action.api.equals(api)).findFirst();
	}

	/** The allowed ones, in intake's order; names the page does not know are left out rather than guessed at. */
	static List<DossierAction> offered(List<String> allowed) {
		return allowed == null ? List.of() : allowed.stream().map(DossierAction::of).flatMap(Optional::stream).toList();
	}

	/** The JSON body of {@code POST /dossiers/{code}/actions/{action}} from the posted form. */
	Map<String, Object> body(MultiValueMap<String, String> form) {
		Map<String, Object> body = new LinkedHashMap<>();
		switch (this.kind) {
			case SUPPLEMENT -> {
				body.put("missingItems", lines(form.getFirst("missingItems")));
				putText(body, "reason", form.getFirst("reason"));
			}
			case REFUSAL -> body.put("reasons", lines(form.getFirst("reasons")));
			case APOLOGY -> {
				putText(body, "reason", form.getFirst("reason"));
				putText(body, "newAppointmentAt", form.getFirst("newAppointmentAt"));
			}
			case REASON -> putText(body, "reason", form.getFirst("reason"));
			case BUTTON -> {
			}
		}
		return body;
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	private static void putText(Map<String, Object> body, String field, String value) {
		if (value != null && !value.isBlank()) {
			body.put(field, value.strip());
		}
	}

}
