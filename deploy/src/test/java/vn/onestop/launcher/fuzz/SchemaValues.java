package vn.onestop.launcher.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.JsonNode;

/**
 * A plausible value for a JSON schema (so that mutations reach the code behind validation), and values of the
 * wrong type. Strings follow the schema's enum, example, format or one of the platform's known patterns.
 */
public final class SchemaValues {

	private final Schemas schemas;

	private final Random random;

	public SchemaValues(Schemas schemas, Random random) {
		this.schemas = schemas;
		this.random = random;
	}

	public Object plausible(JsonNode schema, String name, int depth) {
		JsonNode resolved = this.schemas.resolve(schema);
		if (resolved == null || depth > 6) {
			return null;
		}
		String type = resolved.path("type").asString(resolved.has("properties") ? "object" : "string");
		return switch (type) {
			case "object" -> object(resolved, depth);
			case "array" -> {
				List<Object> items = new ArrayList<>();
				int count = 1 + this.random.nextInt(3);
				for (int i = 0; i < count; i++) {
					items.add(plausible(resolved.path("items"), name, depth + 1));
				}
				yield items;
			}
			case "integer" -> (long) bounded(resolved, 0, 5);
			case "number" -> bounded(resolved, 0, 5) + 0.5;
			case "boolean" -> this.random.nextBoolean();
			default -> string(resolved, name);
		};
	}

	private Map<String, Object> object(JsonNode schema, int depth) {
		Map<String, Object> object = new LinkedHashMap<>();
		List<String> required = new ArrayList<>();
		schema.path("required").forEach(r -> required.add(r.asString()));
		for (var property : schema.path("properties").properties()) {
			if (required.contains(property.getKey()) || this.random.nextInt(10) < 8) {
				object.put(property.getKey(), plausible(property.getValue(), property.getKey(), depth + 1));
			}
		}
		return object;
	}

	private int bounded(JsonNode schema, int min, int max) {
		int low = schema.path("minimum").asInt(min);
		int high = Math.max(low, schema.path("maximum").asInt(Math.max(low, max)));
		return low + this.random.nextInt(Math.min(high - low, 1000) + 1);
	}

	public String string(JsonNode schema, String name) {
		if (schema.has("enum")) {
			return schema.get("enum").get(this.random.nextInt(schema.get("enum").size())).asString();
		}
		if (schema.has("example") && this.random.nextBoolean()) {
			return schema.get("example").asString();
		}
		String pattern = schema.path("pattern").asString("");
		if (pattern.matches("[A-Z_]+(\\|[A-Z_]+)+")) {
			String[] choices = pattern.split("\\|");
			return choices[this.random.nextInt(choices.length)];
		}
		return switch (schema.path("format").asString("")) {
			case "date" -> "2026-0" + (1 + this.random.nextInt(9)) + "-1" + this.random.nextInt(10);
			case "date-time" -> "2026-10-1" + this.random.nextInt(10) + "T09:30:00+07:00";
			case "uuid" -> OddValues.uuid(this.random);
			case "email" -> "lan" + this.random.nextInt(1000) + "@example.vn";
			default -> byName(pattern, name);
		};
	}

	private String byName(String pattern, String name) {
		String lower = name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
		if (pattern.contains("\\d{5}") || lower.contains("ward") || lower.equals("province")) {
			return List.of("20242", "20243", "00004", "99001").get(this.random.nextInt(4));
		}
		if (pattern.contains("\\d{12}") || lower.contains("idnumber")) {
			return String.format("0481870%05d", this.random.nextInt(100_000));
		}
		if (pattern.contains("\\d{4}") || lower.contains("last4")) {
			return String.format("%04d", this.random.nextInt(10_000));
		}
		if (pattern.contains("(?:0|\\+84)") || lower.contains("phone")) {
			return "09" + String.format("%08d", this.random.nextInt(100_000_000));
		}
		if (lower.contains("procedure")) {
			return "HT-XAC-NHAN-HON-NHAN";
		}
		if (lower.equals("on") || lower.equals("from") || lower.equals("to") || lower.contains("date")) {
			return "2026-0" + (1 + this.random.nextInt(9)) + "-15";
		}
		if (lower.equals("id")) {
			return OddValues.uuid(this.random);
		}
		if (lower.contains("name")) {
			return List.of("Nguyễn Thị Lan", "Trần Văn An", "Lê Hoàng").get(this.random.nextInt(3));
		}
		return "v" + this.random.nextInt(1000);
	}

	/** A value of another JSON type than a plausible one, or an odd one of any type. */
	public Object wrong() {
		return switch (this.random.nextInt(12)) {
			case 0 -> null;
			case 1 -> this.random.nextBoolean();
			case 2 -> new JsonText.Raw(List.of("1e400", "-1e400", "99999999999999999999999", "-0", "0.0000000000000000000001",
					"1.5", "-2147483649", "9223372036854775808").get(this.random.nextInt(8)));
			case 3 -> (long) this.random.nextInt();
			case 4 -> new ArrayList<>(List.of(OddValues.string(this.random)));
			case 5 -> new LinkedHashMap<>(Map.of(OddValues.string(this.random), OddValues.string(this.random)));
			case 6 -> deep(1 + this.random.nextInt(3000));
			default -> OddValues.string(this.random);
		};
	}

	private static Object deep(int depth) {
		Object value = "x";
		for (int i = 0; i < depth; i++) {
			value = new ArrayList<>(List.of(value));
		}
		return value;
	}

}
