package vn.onestop.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** Times and failures per kind of request, and the RESULT lines bench/run.sh copies into its table. */
final class Latencies {

	private final Map<String, ConcurrentLinkedQueue<Long>> times = new ConcurrentHashMap<>();

	private final Map<String, Map<String, AtomicLong>> errors = new ConcurrentHashMap<>();

	/** One answer of the kind: its time, and what went wrong (null when it went right; not timed then). */
	void record(String kind, long nanos, String error) {
		if (error == null) {
			this.times.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(nanos);
		}
		else {
			this.errors.computeIfAbsent(kind, k -> new ConcurrentHashMap<>())
				.computeIfAbsent(error, e -> new AtomicLong())
				.incrementAndGet();
		}
	}

	/** {@code RESULT kind=take count=N p50_ms=… p99_ms=… max_ms=… errors=N (status:count …)}, kinds in order. */
	List<String> results() {
		Map<String, Object> kinds = new TreeMap<>();
		this.times.keySet().forEach(kind -> kinds.put(kind, kind));
		this.errors.keySet().forEach(kind -> kinds.put(kind, kind));
		List<String> lines = new ArrayList<>();
		for (String kind : kinds.keySet()) {
			long[] sorted = this.times.getOrDefault(kind, new ConcurrentLinkedQueue<>())
				.stream()
				.mapToLong(Long::longValue)
				.toArray();
			Arrays.sort(sorted);
			Map<String, AtomicLong> failed = this.errors.getOrDefault(kind, Map.of());
			long errorCount = failed.values().stream().mapToLong(AtomicLong::get).sum();
			StringBuilder why = new StringBuilder();
			new TreeMap<>(failed).forEach((status, count) -> why.append(' ').append(status).append(':').append(count));
			lines.add(String.format("RESULT kind=%s count=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f errors=%d%s", kind,
					sorted.length, millis(percentile(sorted, 50)), millis(percentile(sorted, 99)),
					millis(sorted.length == 0 ? 0 : sorted[sorted.length - 1]), errorCount,
					why.length() == 0 ? "" : " (" + why.toString().trim() + ")"));
		}
		return lines;
	}

	/** The nearest-rank percentile: the smallest value with at least p % of the values at or below it. */
	static long percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
	}

	private static double millis(long nanos) {
		return nanos / 1e6;
	}

}
