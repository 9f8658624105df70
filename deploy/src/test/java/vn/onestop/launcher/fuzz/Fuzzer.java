package vn.onestop.launcher.fuzz;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Sends requests {@code 0..count-1} of a {@link RequestGenerator} to the gateway on a few threads, until all are sent,
 * the time limit passes or {@link #MAX_FAILURES} failed. A failure is a 5xx, a 4xx whose Content-Type is not
 * {@code application/problem+json}, or no HTTP answer at all. Which requests are sent does not depend on the
 * threads: request {@code i} is the same for the same seed.
 */
public final class Fuzzer {

	static final int MAX_FAILURES = 20;

	private static final String PROBLEM = "application/problem+json";

	private Fuzzer() {
	}

	public record Failure(FuzzRequest request, String why, String answer) {
	}

	public record Report(long seed, int planned, int sent, Duration took, boolean timedOut, Map<Integer, Long> statuses,
			Set<String> operationsCovered, List<Failure> failures, List<String> slowest) {

		public String summary() {
			return String.format("fuzz seed %d: %d of %d requests in %d s%s, statuses %s, %d operations covered, %d failures;"
					+ " slowest %s", this.seed, this.sent, this.planned, this.took.toSeconds(),
					this.timedOut ? " (time limit reached)" : "", this.statuses, this.operationsCovered.size(),
					this.failures.size(), this.slowest);
		}

		public String failureReport(String replay) {
			StringBuilder out = new StringBuilder(summary()).append('\n');
			for (Failure failure : this.failures) {
				out.append("\nFAILED: ").append(failure.why()).append('\n').append(failure.request().describe()).append("\n  answer: ")
					.append(failure.answer()).append("\n  replay: ").append(replay.replace("{seed}", String.valueOf(this.seed))
						.replace("{index}", String.valueOf(failure.request().index())))
					.append('\n');
			}
			return out.toString();
		}

	}

	public static Report run(String host, int port, RequestGenerator generator, long seed, List<Integer> indexes, int threads,
			Duration limit, int timeoutMillis) throws InterruptedException {
		Instant start = Instant.now();
		Instant deadline = start.plus(limit);
		AtomicInteger next = new AtomicInteger();
		LongAdder sent = new LongAdder();
		Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
		Set<String> covered = ConcurrentHashMap.newKeySet();
		Queue<Failure> failures = new ConcurrentLinkedQueue<>();
		java.util.concurrent.ConcurrentSkipListSet<String> slowest = new java.util.concurrent.ConcurrentSkipListSet<>(
				java.util.Comparator.comparingLong((String line) -> Long.parseLong(line.substring(0, line.indexOf(' '))))
					.thenComparing(line -> line));
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		for (int t = 0; t < threads; t++) {
			pool.execute(() -> {
				for (int n = next.getAndIncrement(); n < indexes.size(); n = next.getAndIncrement()) {
					if (Instant.now().isAfter(deadline) || failures.size() >= MAX_FAILURES) {
						return;
					}
					FuzzRequest request;
					try {
						request = generator.request(indexes.get(n));
					}
					catch (RuntimeException | StackOverflowError bug) {
						failures.add(new Failure(FuzzRequest.raw(indexes.get(n), "not generated", new byte[0]),
								"the fuzzer could not build request " + indexes.get(n) + ": " + bug, ""));
						continue;
					}
					long began = System.nanoTime();
					RawExchange.Answer answer = RawExchange.send(host, port, request.bytes(), timeoutMillis);
					long millis = (System.nanoTime() - began) / 1_000_000;
					slowest.add(millis + " ms #" + request.index() + " " + request.method() + " " + request.operation());
					if (slowest.size() > 5) {
						synchronized (slowest) {
							while (slowest.size() > 5) {
								slowest.pollFirst();
							}
						}
					}
					sent.increment();
					statuses.computeIfAbsent(answer.status(), s -> new LongAdder()).increment();
					covered.add(request.operation());
					String why = judge(answer);
					if (why != null) {
						failures.add(new Failure(request, why, answer.summary()));
					}
				}
			});
		}
		pool.shutdown();
		boolean finished = pool.awaitTermination(limit.toMillis() + 2L * timeoutMillis, TimeUnit.MILLISECONDS);
		pool.shutdownNow();
		Map<Integer, Long> counts = new TreeMap<>();
		statuses.forEach((status, count) -> counts.put(status, count.sum()));
		List<Failure> sorted = new ArrayList<>(failures);
		sorted.sort((a, b) -> Integer.compare(a.request().index(), b.request().index()));
		return new Report(seed, indexes.size(), sent.intValue(), Duration.between(start, Instant.now()),
				!finished || sent.intValue() < indexes.size() && failures.size() < MAX_FAILURES, counts,
				Collections.unmodifiableSet(covered), List.copyOf(sorted), List.copyOf(slowest.descendingSet()));
	}

	static String judge(RawExchange.Answer answer) {
		if (answer.status() == 0) {
			return "no HTTP answer";
		}
		if (answer.status() >= 500) {
			return "server error " + answer.status();
		}
		if (answer.status() >= 400 && !answer.contentType().startsWith(PROBLEM)) {
			return answer.status() + " without " + PROBLEM;
		}
		return null;
	}

}
