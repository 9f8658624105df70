package vn.onestop.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to start a process again after it died: 1 s, 2 s, 4 s ... at most 30 s after each death in a row, back to
 * 1 s once it has been ready for a minute. From the fifth death in a row it is a crash loop, and the launcher
 * says so in its log (it still keeps trying: a database that comes back or a disk that is freed ends the loop).
 * One policy per supervised process; not thread-safe (its supervisor calls it from one death at a time).
 */
final class RestartPolicy {

	static final Duration FIRST_DELAY = Duration.ofSeconds(1);

	static final Duration MAX_DELAY = Duration.ofSeconds(30);

	static final Duration HEALTHY_RUN = Duration.ofSeconds(60);

	static final int CRASH_LOOP_AFTER = 5;

	private final Duration firstDelay;

	private final Duration maxDelay;

	private final Duration healthyRun;

	private final int crashLoopAfter;

	private int deathsInARow;

	RestartPolicy() {
		this(FIRST_DELAY, MAX_DELAY, HEALTHY_RUN, CRASH_LOOP_AFTER);
	}

	RestartPolicy(Duration firstDelay, Duration maxDelay, Duration healthyRun, int crashLoopAfter) {
		if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0 || crashLoopAfter < 1) {
			throw new IllegalArgumentException("a restart policy needs 0 < first delay <= max delay and a crash loop >= 1");
		}
		this.firstDelay = firstDelay;
		this.maxDelay = maxDelay;
		this.healthyRun = healthyRun;
		this.crashLoopAfter = crashLoopAfter;
	}

	/**
	 * The process died at {@code diedAt}; it had been ready since {@code readySince} (empty: it never got ready, or
	 * it could not even be started). Says which restart this is and how long to wait before it.
	 */
	Restart afterDeath(Optional<Instant> readySince, Instant diedAt) {
		boolean ranHealthy = readySince.filter(ready -> !Duration.between(ready, diedAt).minus(this.healthyRun).isNegative())
			.isPresent();
		this.deathsInARow = ranHealthy ? 1 : this.deathsInARow + 1;
		return new Restart(this.deathsInARow, delayOf(this.deathsInARow), this.deathsInARow >= this.crashLoopAfter);
	}

	private Duration delayOf(int restart) {
		// doubling past 2^20 s is far beyond any sane maximum: stop there so the shift never overflows
		int doublings = Math.min(restart - 1, 20);
		Duration delay = this.firstDelay.multipliedBy(1L << doublings);
		return delay.compareTo(this.maxDelay) > 0 ? this.maxDelay : delay;
	}

	/** The {@code number}th restart in a row, due after {@code delay}; {@code crashLoop}: it keeps dying. */
	record Restart(int number, Duration delay, boolean crashLoop) {
	}

}
