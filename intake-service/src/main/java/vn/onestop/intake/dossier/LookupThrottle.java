package vn.onestop.intake.dossier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down a client that keeps sending wrong dossier code and phone pairs, so codes cannot be enumerated
 * (issue #6, line 4). After {@code maxFailures} wrong pairs, each within {@code window} of the one before, the
 * client waits {@code firstDelay} before its next try, twice as long after each further wrong pair, at most
 * {@code maxDelay}; a whole window without a wrong pair after its last wait forgets it, so a client that keeps
 * guessing stays at the longest wait. A right pair changes nothing: if it reset the
 * count, one known pair between guesses would defeat the throttle. At most {@code maxClients} clients are
 * remembered; the least recently seen is forgotten first.
 */
final class LookupThrottle {

	record Settings(int maxFailures, Duration window, Duration firstDelay, Duration maxDelay, int maxClients) {

		Settings {
			if (maxFailures < 1 || maxClients < 1 || !positive(window) || !positive(firstDelay) || !positive(maxDelay)) {
				throw new IllegalArgumentException("Throttle settings must be positive: " + maxFailures + ", " + window
						+ ", " + firstDelay + ", " + maxDelay + ", " + maxClients);
			}
		}

		private static boolean positive(Duration duration) {
			return duration != null && !duration.isNegative() && !duration.isZero();
		}

	}

	private static final class Failures {

		private int count;

		private Instant last;

		private Instant blockedUntil;

		private Instant forgottenAt(Duration window) {
			Instant quietSince = this.blockedUntil != null && this.blockedUntil.isAfter(this.last) ? this.blockedUntil
					: this.last;
			return quietSince.plus(window);
		}

	}

	private final Settings settings;

	private final Clock clock;

	private final Map<String, Failures> clients;

	LookupThrottle(Settings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
		this.clients = new LinkedHashMap<>(256, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
				return size() > settings.maxClients();
			}
		};
	}

	/** How long this client must still wait before its next try; empty when it may try now. */
	synchronized Optional<Duration> waitFor(String client) {
		Instant now = this.clock.instant();
		Failures failures = current(client, now);
		if (failures == null || failures.blockedUntil == null || !now.isBefore(failures.blockedUntil)) {
			return Optional.empty();
		}
		return Optional.of(Duration.between(now, failures.blockedUntil));
	}

	/** This client sent a wrong pair. */
	synchronized void failed(String client) {
		Instant now = this.clock.instant();
		Failures failures = current(client, now);
		if (failures == null) {
			failures = new Failures();
			this.clients.put(client, failures);
		}
		failures.count++;
		failures.last = now;
		if (failures.count >= this.settings.maxFailures()) {
			failures.blockedUntil = now.plus(delayAfter(failures.count));
		}
	}

	/** The wait after the {@code count}-th wrong pair in a row: doubling from the first delay, capped. */
	Duration delayAfter(int count) {
		Duration cap = min(this.settings.maxDelay(), this.settings.window());
		if (count < this.settings.maxFailures()) {
			return Duration.ZERO;
		}
		Duration delay = this.settings.firstDelay();
		for (int doubling = this.settings.maxFailures(); doubling < count && delay.compareTo(cap) < 0; doubling++) {
			delay = delay.multipliedBy(2);
		}
		return min(delay, cap);
	}

	synchronized int remembered() {
		return this.clients.size();
	}

	private Failures current(String client, Instant now) {
		Failures failures = this.clients.get(client);
		if (failures != null && !now.isBefore(failures.forgottenAt(this.settings.window()))) {
			this.clients.remove(client);
			return null;
		}
		return failures;
	}

	private static Duration min(Duration a, Duration b) {
		return a.compareTo(b) <= 0 ? a : b;
	}

}
