package vn.onestop.intake.queue.model;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The wait printed on a new slip: people ahead × the field's service time ÷ the open counters serving the field,
 * rounded up to a whole minute. The service time is the median of the services finished in the field today (start
 * to finish), the field's expected service time before the first one. No open counter serves the field: no
 * estimate, since nobody would call the ticket.
 */
public final class WaitEstimate {

	private WaitEstimate() {
	}

	public static Optional<Duration> estimate(int ahead, List<Duration> servicesToday, Duration expected,
			int openCounters) {
		if (ahead < 0 || openCounters < 0) {
			throw new IllegalArgumentException("People ahead and open counters are never negative");
		}
		if (openCounters == 0) {
			return Optional.empty();
		}
		Duration service = median(servicesToday).orElse(expected);
		long seconds = service.toSeconds() * ahead;
		long perCounter = (seconds + openCounters - 1) / openCounters;
		return Optional.of(Duration.ofMinutes((perCounter + 59) / 60));
	}

	/** The middle one, or the mean of the two middle ones; empty before anything was measured. */
	public static Optional<Duration> median(List<Duration> durations) {
		if (durations.isEmpty()) {
			return Optional.empty();
		}
		List<Duration> sorted = durations.stream().sorted().toList();
		int middle = sorted.size() / 2;
		if (sorted.size() % 2 == 1) {
			return Optional.of(sorted.get(middle));
		}
		return Optional.of(sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2));
	}

}
