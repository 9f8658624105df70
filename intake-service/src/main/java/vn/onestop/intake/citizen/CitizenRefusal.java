package vn.onestop.intake.citizen;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Why citizen-service refused a submitter: its answer's status and problem (type, title, detail and field errors),
 * kept on the dossier so that an officer sees what to correct. Long texts are cut, so a misbehaving answer cannot
 * bloat the dossier.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CitizenRefusal(int status, String type, String title, String detail, List<FieldError> errors) {

	static final int MAX_TEXT = 500;

	static final int MAX_ERRORS = 20;

	public CitizenRefusal {
		type = cut(type);
		title = cut(title);
		detail = cut(detail);
		errors = errors == null ? List.of()
				: errors.stream().limit(MAX_ERRORS).map(e -> new FieldError(cut(e.field()), cut(e.message()))).toList();
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record FieldError(String field, String message) {
	}

	static CitizenRefusal withoutProblem(int status) {
		return new CitizenRefusal(status, null, null, "citizen-service answered " + status, List.of());
	}

	private static String cut(String text) {
		return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
	}

}
