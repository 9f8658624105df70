package vn.onestop.support.outbox;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter: after the n-th consecutive failure wait between half and all of
 * {@code initial × 2^(n-1)}, capped at {@code max}, so many relays that failed together do not retry
 * together.
 */
public record Backoff(Duration initial, Duration max, DoubleSupplier random) {

	public Backoff(Duration initial, Duration max) {
		this(initial, max, Math::random);
	}

	public Duration delayAfter(int failures) {
		if (failures <= 0) {
			return Duration.ZERO;
		}
		long ceiling = this.max.toMillis();
		long exponential = this.initial.toMillis() << Math.min(failures - 1, 30);
		long capped = exponential <= 0 || exponential > ceiling ? ceiling : exponential;
		return Duration.ofMillis(capped / 2 + Math.round(capped / 2.0 * this.random.getAsDouble()));
	}

}
