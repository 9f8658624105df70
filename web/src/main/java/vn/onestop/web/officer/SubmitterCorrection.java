package vn.onestop.web.officer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

import vn.onestop.web.officer.DossierDetails.Person;
import vn.onestop.web.officer.DossierDetails.Refusal;

/**
 * The form correcting a submitter that citizen-service refused, with the filing form's field names
 * ({@code submitter.fullName}, ...) so that both share their inputs and intake's field errors land on them. Filled
 * from the dossier's current submitter; sent as the body of {@code PUT /dossiers/{code}/submitter}, which takes a
 * submitter as {@code POST /dossiers} does.
 */
final class SubmitterCorrection {

	static final String DONE = "correct-submitter";

	static final String PREFIX = "submitter.";

	/** The inputs of the form; an error naming another field is listed above the form instead. */
	static final List<String> FIELDS = List.of("submitter.idNumber", "submitter.fullName", "submitter.dateOfBirth",
			"submitter.gender", "submitter.phone", "submitter.email", "submitter.address.line",
			"submitter.address.wardCode", "submitter.notificationPreference");

	private SubmitterCorrection() {
	}

	/** The form as first shown: the submitter the dossier holds now. */
	static Map<String, String> of(Person submitter) {
		Map<String, String> values = new LinkedHashMap<>();
		if (submitter == null) {
			FIELDS.forEach(field -> values.put(field, ""));
			return values;
		}
		values.put("submitter.idNumber", text(submitter.idNumber()));
		values.put("submitter.fullName", text(submitter.fullName()));
		values.put("submitter.dateOfBirth", submitter.dateOfBirth() == null ? "" : submitter.dateOfBirth().toString());
		values.put("submitter.gender", text(submitter.gender()));
		values.put("submitter.phone", text(submitter.phone()));
		values.put("submitter.email", text(submitter.email()));
		values.put("submitter.address.line", submitter.address() == null ? "" : text(submitter.address().line()));
		values.put("submitter.address.wardCode",
				submitter.address() == null ? "" : text(submitter.address().wardCode()));
		values.put("submitter.notificationPreference", text(submitter.notificationPreference()));
		return values;
	}

	/** What the officer typed, only the form's own fields. */
	static Map<String, String> posted(MultiValueMap<String, String> form) {
		Map<String, String> values = new LinkedHashMap<>();
		FIELDS.forEach(field -> values.put(field, text(form.getFirst(field))));
		return values;
	}

	/** The body of {@code PUT /dossiers/{code}/submitter}; a blank input is sent as null. */
	static Map<String, Object> body(Map<String, String> values) {
		Map<String, Object> address = new LinkedHashMap<>();
		address.put("line", value(values, "submitter.address.line"));
		address.put("wardCode", value(values, "submitter.address.wardCode"));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("fullName", value(values, "submitter.fullName"));
		body.put("idNumber", value(values, "submitter.idNumber"));
		body.put("dateOfBirth", value(values, "submitter.dateOfBirth"));
		body.put("gender", value(values, "submitter.gender"));
		body.put("phone", value(values, "submitter.phone"));
		body.put("email", value(values, "submitter.email"));
		body.put("address", address);
		body.put("notificationPreference", value(values, "submitter.notificationPreference"));
		return body;
	}

	/**
	 * Field errors named as the form's inputs. intake's own rules name them {@code submitter.<field>}, its request
	 * validation and citizen-service's refusal name the submitter's field alone ({@code address.wardCode}).
	 */
	static Map<String, String> atInputs(Map<String, String> errors) {
		Map<String, String> placed = new LinkedHashMap<>();
		errors.forEach((field, message) -> placed.merge(field.startsWith(PREFIX) ? field : PREFIX + field, message,
				(a, b) -> a + "; " + b));
		return placed;
	}

	static Map<String, String> atInputs(Refusal refusal) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (refusal != null && refusal.errors() != null) {
			refusal.errors().forEach(error -> errors.merge(String.valueOf(error.field()), String.valueOf(error.message()),
					(a, b) -> a + "; " + b));
		}
		return atInputs(errors);
	}

	/** The errors no input of the form shows. */
	static Map<String, String> elsewhere(Map<String, String> errors) {
		Map<String, String> rest = new LinkedHashMap<>(errors);
		rest.keySet().removeAll(FIELDS);
		return rest;
	}

	private static Object value(Map<String, String> values, String field) {
		String value = values.getOrDefault(field, "");
		return value.isBlank() ? null : value.strip();
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

}
