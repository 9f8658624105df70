package vn.onestop.citizen.records;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import vn.onestop.rules.citizen.FieldProblem;

/**
 * An officer's decision on a review, checked against what the review disputes: every disputed field of an import
 * conflict must be decided (no more, no fewer), a split ward needs the ward the citizen lives in. {@code values} are
 * the fields to set on the citizen (empty when the stored record stands); {@code decision} is kept with the review.
 */
record ReviewResolution(Map<String, String> values, Map<String, String> decision) {

	static final String IMPORTED = "IMPORTED";

	static final String STORED = "STORED";

	private static final Pattern WARD_CODE = Pattern.compile("[0-9]{5}");

	/**
	 * @param disputed for an import conflict, each disputed field and its imported value, in the review's order
	 */
	static ReviewResolution of(ReviewKind kind, Map<String, String> disputed, ReviewResolutionForm form) {
		if (form == null) {
			throw new InvalidCitizenForm(List.of(new FieldProblem("body", "is required")));
		}
		return kind == ReviewKind.IMPORT_CONFLICT ? importConflict(disputed, form) : partialMerger(form);
	}

	private static ReviewResolution importConflict(Map<String, String> disputed, ReviewResolutionForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, String> chosen = form.fields() == null ? Map.of() : form.fields();
		if (form.wardCode() != null) {
			problems.add(new FieldProblem("wardCode", "is only chosen for a PARTIAL_MERGER review"));
		}
		chosen.keySet().stream().filter(field -> !disputed.containsKey(field))
			.forEach(field -> problems.add(new FieldProblem("fields." + field, "is not disputed in this review")));
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, String> decision = new LinkedHashMap<>();
		disputed.forEach((field, imported) -> {
			String choice = chosen.get(field) == null ? "" : chosen.get(field).strip().toUpperCase(Locale.ROOT);
			if (!choice.equals(IMPORTED) && !choice.equals(STORED)) {
				problems.add(new FieldProblem("fields." + field, "must be IMPORTED or STORED"));
				return;
			}
			decision.put(field, choice);
			if (choice.equals(IMPORTED)) {
				values.put(field, imported);
			}
		});
		if (!problems.isEmpty()) {
			throw new InvalidCitizenForm(problems);
		}
		return new ReviewResolution(values, decision);
	}

	private static ReviewResolution partialMerger(ReviewResolutionForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		if (form.fields() != null && !form.fields().isEmpty()) {
			problems.add(new FieldProblem("fields", "are only chosen for an IMPORT_CONFLICT review"));
		}
		String wardCode = form.wardCode() == null ? "" : form.wardCode().strip();
		if (!WARD_CODE.matcher(wardCode).matches()) {
			problems.add(new FieldProblem("wardCode", "must be the 5-digit code of the ward the citizen lives in"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidCitizenForm(problems);
		}
		return new ReviewResolution(Map.of("address.wardCode", wardCode), Map.of("wardCode", wardCode));
	}

	/** The citizen's form with the chosen values set; checked afterwards like any change. */
	CitizenForm applyTo(CitizenForm form) {
		CitizenForm result = form;
		for (Map.Entry<String, String> value : this.values.entrySet()) {
			result = with(result, value.getKey(), value.getValue());
		}
		return result;
	}

	private static CitizenForm with(CitizenForm f, String field, String v) {
		CitizenForm.AddressForm a = f.address();
		CitizenForm.PreferencesForm p = f.preferences();
		return switch (field) {
			case "fullName" -> new CitizenForm(v, f.idNumber(), f.dateOfBirth(), f.gender(), f.phone(), f.email(), a, p);
			case "dateOfBirth" -> new CitizenForm(f.fullName(), f.idNumber(), v, f.gender(), f.phone(), f.email(), a, p);
			case "gender" -> new CitizenForm(f.fullName(), f.idNumber(), f.dateOfBirth(), v, f.phone(), f.email(), a, p);
			case "phone" -> new CitizenForm(f.fullName(), f.idNumber(), f.dateOfBirth(), f.gender(), v, f.email(), a, p);
			case "email" -> new CitizenForm(f.fullName(), f.idNumber(), f.dateOfBirth(), f.gender(), f.phone(), v, a, p);
			case "address.line" -> new CitizenForm(f.fullName(), f.idNumber(), f.dateOfBirth(), f.gender(), f.phone(),
					f.email(), new CitizenForm.AddressForm(v, a.wardCode()), p);
			case "address.wardCode" -> new CitizenForm(f.fullName(), f.idNumber(), f.dateOfBirth(), f.gender(), f.phone(),
					f.email(), new CitizenForm.AddressForm(a.line(), v), p);
			case "preferences.channel" -> new CitizenForm(f.fullName(), f.idNumber(), f.dateOfBirth(), f.gender(),
					f.phone(), f.email(), a, new CitizenForm.PreferencesForm(v, p.consent()));
			case "preferences.consent" -> new CitizenForm(f.fullName(), f.idNumber(), f.dateOfBirth(), f.gender(),
					f.phone(), f.email(), a, new CitizenForm.PreferencesForm(p.channel(), Boolean.valueOf(v)));
			default -> throw new InvalidCitizenForm(List.of(new FieldProblem("fields." + field, "cannot be resolved")));
		};
	}

}
