package vn.onestop.citizen.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.onestop.rules.citizen.FieldProblem;

/**
 * JSON merge patch (RFC 7396) on the updatable fields: a member replaces the value, {@code null} removes it,
 * an absent member leaves it. Unknown or read-only members are refused rather than silently ignored.
 */
final class CitizenMergePatch {

	private static final Map<String, Set<String>> UPDATABLE = Map.of("fullName", Set.of(), "idNumber", Set.of(),
			"dateOfBirth", Set.of(), "gender", Set.of(), "phone", Set.of(), "email", Set.of(), "address",
			Set.of("line", "wardCode"), "preferences", Set.of("channel", "consent"));

	private CitizenMergePatch() {
	}

	static CitizenForm apply(CitizenForm current, JsonNode patch, JsonMapper json) {
		if (patch == null || !patch.isObject()) {
			throw new InvalidCitizenForm(List.of(new FieldProblem("body", "must be a JSON object (a merge patch)")));
		}
		List<FieldProblem> refused = refusedMembers(patch);
		if (!refused.isEmpty()) {
			throw new InvalidCitizenForm(refused);
		}
		JsonNode merged = merge(json.valueToTree(current), patch);
		try {
			return json.treeToValue(merged, CitizenForm.class);
		}
		catch (DatabindException ex) {
			throw new InvalidCitizenForm(List.of(new FieldProblem(path(ex), "has the wrong type or format")));
		}
	}

	static JsonNode merge(JsonNode target, JsonNode patch) {
		if (!patch.isObject()) {
			return patch;
		}
		ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
				: ((ObjectNode) patch).objectNode();
		for (Map.Entry<String, JsonNode> member : patch.properties()) {
			if (member.getValue().isNull()) {
				result.remove(member.getKey());
			}
			else {
				result.set(member.getKey(), merge(result.get(member.getKey()), member.getValue()));
			}
		}
		return result;
	}

	private static List<FieldProblem> refusedMembers(JsonNode patch) {
		List<FieldProblem> refused = new ArrayList<>();
		for (Map.Entry<String, JsonNode> member : patch.properties()) {
			Set<String> nested = UPDATABLE.get(member.getKey());
			if (nested == null) {
				refused.add(new FieldProblem(member.getKey(), "cannot be changed by PATCH"));
			}
			else if (!nested.isEmpty() && member.getValue().isObject()) {
				member.getValue().propertyNames().stream().filter(name -> !nested.contains(name))
					.forEach(name -> refused.add(new FieldProblem(member.getKey() + "." + name, "cannot be changed by PATCH")));
			}
		}
		return refused;
	}

	/** The updatable field at fault, e.g. {@code address.wardCode}; never a member of a wrongly given object. */
	private static String path(DatabindException ex) {
		List<String> names = ex.getPath().stream().map(JacksonException.Reference::getPropertyName).toList();
		if (names.isEmpty() || names.get(0) == null || !UPDATABLE.containsKey(names.get(0))) {
			return "body";
		}
		String field = names.get(0);
		return names.size() > 1 && UPDATABLE.get(field).contains(names.get(1)) ? field + "." + names.get(1) : field;
	}

}
