package vn.onestop.notification.delivery;

import java.time.Duration;

/**
 * Exponential backoff with jitter: the n-th retry waits {@code initial × multiplier^(n-1)}, capped at
 * {@code max}, less a random share of up to {@code jitter} of it, so that messages failed together
 * do not all come back together.
 */
record Backoff(Duration initial, double multiplier, Duration max, double jitter) {

	Backoff {
		if (initial.isNegative() || initial.isZero()) {
			throw new IllegalArgumentException("initial backoff must be positive");
		}
		if (multiplier < 1) {
			throw new IllegalArgumentException("backoff multiplier must be at least 1");
		}
		if (max.compareTo(initial) < 0) {
			throw new IllegalArgumentException("maximum backoff must be at least the initial one");
		}
		if (jitter < 0 || jitter > 1) {
			throw new IllegalArgumentException("backoff jitter must be between 0 and 1");
		}
	}

	/**
	 * @param failedAttempts attempts made so far, at least 1
	 * @param random a value in [0, 1)
	 */
	Duration delay(int failedAttempts, double random) {
		if (failedAttempts < 1) {
			throw new IllegalArgumentException("failedAttempts must be at least 1");
		}
		if (random < 0 || random >= 1) {
			throw new IllegalArgumentException("random must be in [0, 1)");
		}
		double exponential = this.initial.toMillis() * Math.pow(this.multiplier, failedAttempts - 1);
		double capped = Math.min(exponential, this.max.toMillis());
		return Duration.ofMillis(Math.round(capped * (1 - this.jitter * random)));
	}

}
