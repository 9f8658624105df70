package vn.onestop.launcher.fuzz;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How much to fuzz, from system properties: {@code fuzz.seed}, {@code fuzz.requests} (at least 5,000 in the test
 * command), {@code fuzz.threads}, {@code fuzz.time-limit} (ISO-8601 or seconds) and {@code fuzz.only} (comma-separated
 * request numbers to replay alone).
 */
public record FuzzSettings(long seed, int requests, int threads, Duration timeLimit, List<Integer> only) {

	public static final long DEFAULT_SEED = 20_261_207L;

	public static FuzzSettings fromSystemProperties() {
		String only = System.getProperty("fuzz.only", "").trim();
		String limit = System.getProperty("fuzz.time-limit", "240").trim();
		return new FuzzSettings(Long.getLong("fuzz.seed", DEFAULT_SEED), Integer.getInteger("fuzz.requests", 5_000),
				Integer.getInteger("fuzz.threads", 8),
				limit.startsWith("P") ? Duration.parse(limit) : Duration.ofSeconds(Long.parseLong(limit)),
				only.isEmpty() ? List.of() : List.of(only.split("\\s*,\\s*")).stream().map(Integer::valueOf).toList());
	}

	public List<Integer> indexes() {
		return this.only.isEmpty() ? IntStream.range(0, this.requests).boxed().toList() : this.only;
	}

	public String replayCommand() {
		return "bench/fuzz.sh --seed {seed} --only {index}";
	}

}
