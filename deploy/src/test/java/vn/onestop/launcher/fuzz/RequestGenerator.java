package vn.onestop.launcher.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Request number {@code index} of a run with {@code seed}: always the same request for the same seed, index, list of
 * operations and set of roles, whatever ran before it, so one failure can be replayed alone. Operations take turns,
 * so every endpoint gets its share; each request mutates its operation's path, query, headers, method and body.
 */
public final class RequestGenerator {

	private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE");

	private final List<ApiOperation> operations;

	private final Map<String, String> tokens;

	private final long seed;

	public RequestGenerator(List<ApiOperation> operations, Map<String, String> tokens, long seed) {
		this.operations = List.copyOf(operations);
		this.tokens = new java.util.TreeMap<>(tokens);
		this.seed = seed;
	}

	public FuzzRequest request(int index) {
		Random random = new Random(mix(this.seed, index));
		if (index % 97 == 96) {
			return MalformedRequests.any(index, random);
		}
		ApiOperation operation = this.operations.get(index % this.operations.size());
		SchemaValues values = new SchemaValues(operation.schemas(), random);
		String method = random.nextInt(20) == 0 ? METHODS.get(random.nextInt(METHODS.size())) : operation.method();
		String target = OddPaths.maybe(path(operation, values, random) + query(operation, values, random), random);
		List<Map.Entry<String, byte[]>> headers = new ArrayList<>();
		String caller = caller(random);
		if (!"none".equals(caller)) {
			headers.add(header("Authorization", authorization(caller, random)));
		}
		for (ApiOperation.Parameter parameter : operation.parameters()) {
			if ("header".equals(parameter.in()) && (parameter.required() || random.nextInt(10) < 7)) {
				headers.add(header(parameter.name(), headerValue(parameter, values, random)));
			}
		}
		if (random.nextInt(8) == 0) {
			headers.add(header("Accept", List.of("application/xml", "text/html", "garbage/", "*/*;q=x", "application/json",
					"application/problem+json", "").get(random.nextInt(7))));
		}
		if (random.nextInt(10) == 0) {
			headers.add(Map.entry("X-Request-Id", OddValues.string(random).getBytes(StandardCharsets.UTF_8)));
		}
		byte[] body = null;
		boolean writes = List.of("POST", "PUT", "PATCH").contains(method);
		if (writes || random.nextInt(20) == 0) {
			headers.add(header("Content-Type", Bodies.contentType(operation, random)));
			body = Bodies.body(operation, values, random);
		}
		return new FuzzRequest(index, operation.key(), caller, method, target.getBytes(StandardCharsets.UTF_8),
				headers.stream().map(h -> Map.entry(h.getKey(), sanitized(h.getValue()))).toList(), body, null);
	}

	public int operationCount() {
		return this.operations.size();
	}

	private String caller(Random random) {
		int pick = random.nextInt(this.tokens.size() + 3);
		if (pick < this.tokens.size()) {
			return new ArrayList<>(this.tokens.keySet()).get(pick);
		}
		return List.of("none", "forged", "malformed").get(pick - this.tokens.size());
	}

	private String authorization(String caller, Random random) {
		return switch (caller) {
			case "forged" -> {
				String token = this.tokens.values().iterator().next();
				yield "Bearer " + token.substring(0, token.length() - 4) + "AAAA";
			}
			case "malformed" -> List.of("Bearer", "Bearer ", "Basic YWRtaW46YWRtaW4=", "Bearer a.b.c", "bearer x",
					"Bearer " + OddValues.string(random), "Bearer " + "e".repeat(20_000)).get(random.nextInt(7));
			default -> "Bearer " + this.tokens.get(caller);
		};
	}

	private static String headerValue(ApiOperation.Parameter parameter, SchemaValues values, Random random) {
		if (random.nextInt(3) == 0) {
			return OddValues.string(random);
		}
		return switch (parameter.name()) {
			case "If-Match" -> "\"" + random.nextInt(5) + "\"";
			case "Idempotency-Key" -> OddValues.uuid(random);
			default -> values.string(parameter.schema(), parameter.name());
		};
	}

	private static String path(ApiOperation operation, SchemaValues values, Random random) {
		String path = operation.pathTemplate();
		for (ApiOperation.Parameter parameter : operation.parameters()) {
			if ("path".equals(parameter.in())) {
				String value = random.nextInt(10) < 7 ? plausible(parameter, values, random) : OddValues.string(random);
				String encoded = random.nextInt(8) == 0 ? value : PercentEncoding.encode(value);
				path = path.replace("{" + parameter.name() + "}", encoded);
			}
		}
		return path;
	}

	private static String query(ApiOperation operation, SchemaValues values, Random random) {
		List<String> pairs = new ArrayList<>();
		for (ApiOperation.Parameter parameter : operation.parameters()) {
			if ("query".equals(parameter.in()) && (parameter.required() || random.nextInt(10) < 6)) {
				int repeat = "array".equals(parameter.schema().path("type").asString()) ? 1 + random.nextInt(3) : 1;
				for (int i = 0; i < repeat; i++) {
					String value = random.nextInt(10) < 7 ? plausible(parameter, values, random) : OddValues.string(random);
					pairs.add(PercentEncoding.encode(parameter.name()) + "="
							+ (random.nextInt(15) == 0 ? value : PercentEncoding.encode(value)));
				}
			}
		}
		if (random.nextInt(10) == 0) {
			pairs.add(PercentEncoding.encode(OddValues.string(random)) + "=" + PercentEncoding.encode(OddValues.string(random)));
		}
		return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
	}

	private static String plausible(ApiOperation.Parameter parameter, SchemaValues values, Random random) {
		if (parameter.example() != null && random.nextBoolean()) {
			return parameter.example().asString();
		}
		Object value = values.plausible(parameter.schema(), parameter.name(), 0);
		return value instanceof List<?> list && !list.isEmpty() ? String.valueOf(list.get(0)) : String.valueOf(value);
	}

	private static Map.Entry<String, byte[]> header(String name, String value) {
		return Map.entry(name, value.getBytes(StandardCharsets.UTF_8));
	}

	/** Header values may hold any byte but CR and LF, which would end the header (malformed requests do that). */
	private static byte[] sanitized(byte[] value) {
		byte[] out = value.clone();
		for (int i = 0; i < out.length; i++) {
			if (out[i] == '\r' || out[i] == '\n') {
				out[i] = ' ';
			}
		}
		return out;
	}

	static long mix(long seed, int index) {
		long z = seed + 0x9E3779B97F4A7C15L * (index + 1L);
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
