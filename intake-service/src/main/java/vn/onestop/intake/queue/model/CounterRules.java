package vn.onestop.intake.queue.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Counters are numbered 1…n without gaps, as the signs over them are; each serves at least one of the center's
 * fields, and every field has a counter, or its tickets would never be called.
 */
final class CounterRules {

	/** Two digits on the display. */
	static final int MAX_COUNTERS = 99;

	private CounterRules() {
	}

	static List<Counter> counters(List<SetupForm.CounterForm> forms, List<SetupForm.FieldForm> fieldForms,
			List<Violation> violations) {
		if (forms == null || forms.isEmpty()) {
			violations.add(new Violation("counters", "must list at least one counter"));
			return List.of();
		}
		if (forms.size() > MAX_COUNTERS) {
			violations.add(new Violation("counters", "must list at most " + MAX_COUNTERS + " counters"));
			return List.of();
		}
		Set<String> known = knownFields(fieldForms);
		Map<Integer, Integer> numbers = new HashMap<>();
		Set<String> served = new LinkedHashSet<>();
		List<Counter> counters = new ArrayList<>();
		for (int i = 0; i < forms.size(); i++) {
			String at = "counters[" + i + "]";
			SetupForm.CounterForm form = forms.get(i);
			if (form == null) {
				violations.add(new Violation(at, "must be a counter"));
				continue;
			}
			int before = violations.size();
			if (form.number() == null || form.number() < 1 || form.number() > forms.size()) {
				violations.add(new Violation(at + ".number",
						"must be from 1 to " + forms.size() + ": counters are numbered 1 to the number of counters"));
			}
			else if (numbers.putIfAbsent(form.number(), i) != null) {
				violations.add(new Violation(at + ".number", "is already used by counters[" + numbers.get(form.number()) + "]"));
			}
			Set<String> fields = fields(form.fields(), known, at + ".fields", violations);
			served.addAll(fields);
			if (violations.size() == before) {
				counters.add(new Counter(form.number(), fields));
			}
		}
		unserved(fieldForms, served, violations);
		counters.sort((a, b) -> Integer.compare(a.number(), b.number()));
		return counters;
	}

	private static Set<String> fields(List<String> codes, Set<String> known, String at, List<Violation> violations) {
		if (codes == null || codes.isEmpty()) {
			violations.add(new Violation(at, "must name at least one field the counter serves"));
			return Set.of();
		}
		Set<String> fields = new TreeSet<>();
		for (int k = 0; k < codes.size(); k++) {
			if (!known.contains(codes.get(k))) {
				violations.add(new Violation(at + "[" + k + "]", "must be the code of one of the center's fields"));
			}
			else {
				fields.add(codes.get(k));
			}
		}
		return fields;
	}

	private static Set<String> knownFields(List<SetupForm.FieldForm> fieldForms) {
		Set<String> known = new LinkedHashSet<>();
		if (fieldForms != null) {
			fieldForms.stream().filter(Objects::nonNull).map(SetupForm.FieldForm::code).filter(Objects::nonNull)
				.forEach(known::add);
		}
		return known;
	}

	private static void unserved(List<SetupForm.FieldForm> fieldForms, Set<String> served,
			List<Violation> violations) {
		for (int i = 0; fieldForms != null && i < fieldForms.size(); i++) {
			SetupForm.FieldForm field = fieldForms.get(i);
			if (field != null && field.code() != null && field.code().matches(SetupRules.FIELD_CODE)
					&& !served.contains(field.code())) {
				violations.add(new Violation("fields[" + i + "]", "no counter serves this field: its tickets would never be called"));
			}
		}
	}

}
