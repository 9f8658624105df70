package vn.onestop.citizen.records;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** What changed between two states of a citizen, field by field, in the order the API lists the fields. */
final class CitizenChanges {

	/** Fields whose values are shown masked wherever the history is read. */
	static final Set<String> MASKED_FIELDS = Set.of("idNumber", "phone");

	private CitizenChanges() {
	}

	/** Every field of a newly registered citizen, from nothing to its value. */
	static List<FieldChange> registered(Citizen citizen) {
		return between(Map.of(), fields(citizen));
	}

	static List<FieldChange> between(Citizen before, Citizen after) {
		return between(fields(before), fields(after));
	}

	static Map<String, String> fields(Citizen citizen) {
		CitizenDetails details = citizen.details();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("fullName", details.fullName());
		fields.put("idNumber", details.idNumber().value());
		fields.put("dateOfBirth", details.dateOfBirth().toString());
		fields.put("gender", details.gender().name());
		fields.put("phone", details.phone());
		fields.put("email", details.email());
		fields.put("address.line", details.address().line());
		fields.put("address.wardCode", details.address().wardCode());
		fields.put("preferences.channel", details.preferences().channel().name());
		fields.put("preferences.consent", String.valueOf(details.preferences().consent()));
		fields.put("active", String.valueOf(citizen.active()));
		return fields;
	}

	private static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
		List<FieldChange> changes = new ArrayList<>();
		after.forEach((field, value) -> {
			String old = before.get(field);
			if (!Objects.equals(old, value)) {
				changes.add(new FieldChange(field, old, value));
			}
		});
		return changes;
	}

}
