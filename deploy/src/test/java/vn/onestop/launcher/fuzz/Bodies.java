package vn.onestop.launcher.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Bodies: a plausible value of the operation's schema with a few mutations (a value of the wrong type or an odd
 * one, a member dropped, an unknown member added), or something that is not that JSON at all: random bytes,
 * truncated or empty JSON, invalid UTF-8, a byte order mark, over a megabyte.
 */
final class Bodies {

	private static final List<String> ODD_TYPES = List.of("text/plain", "application/xml", "application/json; charset=latin1",
			"garbage", "multipart/form-data", "application/x-www-form-urlencoded", "application/merge-patch+json", "text/csv",
			"application/json;;;", "*/*", "");

	private Bodies() {
	}

	static String contentType(ApiOperation operation, Random random) {
		if (random.nextInt(8) == 0) {
			return ODD_TYPES.get(random.nextInt(ODD_TYPES.size()));
		}
		return operation.contentTypes().isEmpty() ? "application/json"
				: operation.contentTypes().get(random.nextInt(operation.contentTypes().size()));
	}

	static byte[] body(ApiOperation operation, SchemaValues values, Random random) {
		int kind = random.nextInt(100);
		if (kind < 12) {
			return whole(random);
		}
		Object value = operation.bodySchema() != null ? values.plausible(operation.bodySchema(), "body", 0)
				: new LinkedHashMap<>(Map.of("line", OddValues.string(random)));
		int mutations = kind < 25 ? 0 : 1 + random.nextInt(3);
		for (int i = 0; i < mutations; i++) {
			value = mutate(value, values, random);
		}
		return JsonText.write(value).getBytes(StandardCharsets.UTF_8);
	}

	@SuppressWarnings("unchecked")
	private static Object mutate(Object value, SchemaValues values, Random random) {
		List<Object> containers = new ArrayList<>();
		collect(value, containers, 0);
		if (containers.isEmpty() || random.nextInt(10) == 0) {
			return values.wrong();
		}
		Object container = containers.get(random.nextInt(containers.size()));
		if (container instanceof Map<?, ?> map && !map.isEmpty()) {
			Map<String, Object> members = (Map<String, Object>) map;
			List<String> keys = new ArrayList<>(members.keySet());
			String key = keys.get(random.nextInt(keys.size()));
			switch (random.nextInt(4)) {
				case 0 -> members.remove(key);
				case 1 -> members.put(OddValues.string(random), values.wrong());
				default -> members.put(key, values.wrong());
			}
		}
		else if (container instanceof List<?> list && !list.isEmpty()) {
			((List<Object>) list).set(random.nextInt(list.size()), values.wrong());
		}
		return value;
	}

	private static void collect(Object value, List<Object> containers, int depth) {
		if (depth > 20) {
			return;
		}
		if (value instanceof Map<?, ?> map) {
			containers.add(map);
			map.values().forEach(v -> collect(v, containers, depth + 1));
		}
		else if (value instanceof List<?> list) {
			containers.add(list);
			list.forEach(v -> collect(v, containers, depth + 1));
		}
	}

	private static byte[] whole(Random random) {
		return switch (random.nextInt(10)) {
			case 0 -> OddValues.randomBytes(random, random.nextInt(2_000));
			case 1 -> new byte[0];
			case 2 -> "{\"a\":".getBytes(StandardCharsets.UTF_8);
			case 3 -> new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"', '}' };
			case 4 -> ("\ufeff{}").getBytes(StandardCharsets.UTF_8);
			case 5 -> random.nextInt(4) == 0 ? big(1_100_000) : big(200_000);
			case 6 -> "{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8);
			case 7 -> List.of("null", "[]", "0", "\"x\"", "true", "{}", "[{}]", "{\"\":{}}").get(random.nextInt(8))
				.getBytes(StandardCharsets.UTF_8);
			case 8 -> "a,b,c\n1,2,3\n\"unterminated".getBytes(StandardCharsets.UTF_8);
			default -> JsonText.write(List.of(OddValues.string(random))).getBytes(StandardCharsets.UTF_8);
		};
	}

	private static byte[] big(int size) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(size + 16);
		out.writeBytes("{\"x\":\"".getBytes(StandardCharsets.UTF_8));
		out.writeBytes("y".repeat(size).getBytes(StandardCharsets.UTF_8));
		out.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

}
