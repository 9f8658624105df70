package vn.onestop.intake.queue.live;

import java.time.Duration;

/**
 * Coalesces a ward's change signals: the first signal after a quiet window is passed on at once (a single call
 * shows on the display without delay); signals within the window after it are folded into one more, sent when
 * the window ends, so the last change is never lost and a burst gives at most one event per window.
 * Not thread-safe: its owner serialises the calls.
 */
final class CoalescingWindow {

	/** What to do with a signal. */
	sealed interface Decision {
	}

	/** Send an event now. */
	record SendNow() implements Decision {
	}

	/** Send one event after this delay (schedule it). */
	record SendAfter(long nanos) implements Decision {
	}

	/** An event is already scheduled and will carry this signal too. */
	record AlreadyScheduled() implements Decision {
	}

	private final long windowNanos;

	private boolean sentOnce;

	private long lastSentAt;

	private boolean scheduled;

	CoalescingWindow(Duration window) {
		if (window.isNegative()) {
			throw new IllegalArgumentException("A coalescing window cannot be negative: " + window);
		}
		this.windowNanos = window.toNanos();
	}

	/** A change signal arrived at {@code now} (nanoseconds of a monotonic clock). */
	Decision signal(long now) {
		if (this.scheduled) {
			return new AlreadyScheduled();
		}
		long since = now - this.lastSentAt;
		if (!this.sentOnce || since >= this.windowNanos) {
			sent(now);
			return new SendNow();
		}
		this.scheduled = true;
		return new SendAfter(this.windowNanos - since);
	}

	/** The scheduled event is being sent at {@code now}. */
	void scheduledSent(long now) {
		this.scheduled = false;
		sent(now);
	}

	private void sent(long now) {
		this.sentOnce = true;
		this.lastSentAt = now;
	}

}
