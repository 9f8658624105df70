package vn.onestop.support.outbox;

/**
 * How many events one request to a consumer carries now. A consumer that does not answer a request within the
 * timeout gets half as many in the next one, down to one; after {@link #GROW_AFTER} answered requests in a row it
 * gets twice as many again, up to the configured {@code post-size}. So a relay makes progress however slowly the
 * consumer works through a batch: the size falls until a request fits in the timeout, and a consumer that has
 * recovered soon gets full batches again.
 * <p>
 * Kept per consumer and per process, in memory: it measures what this instance sees of the consumer right now, and
 * a restart that starts again from the full size costs at most a few timed-out requests.
 */
final class PostSize {

	static final int GROW_AFTER = 4;

	private final int max;

	private int current;

	private int answered;

	PostSize(int max) {
		if (max < 1) {
			throw new IllegalArgumentException("post size must be at least 1");
		}
		this.max = max;
		this.current = max;
	}

	synchronized int current() {
		return this.current;
	}

	/**
	 * A request of {@code size} events was not answered in time. Lanes post in parallel: several requests of one
	 * size that time out together halve it once, not once each.
	 */
	synchronized void timedOut(int size) {
		this.answered = 0;
		this.current = Math.max(1, Math.min(this.current, size / 2));
	}

	/** A request was answered in time. */
	synchronized void answered() {
		if (++this.answered >= GROW_AFTER && this.current < this.max) {
			this.current = (int) Math.min(this.max, this.current * 2L);
			this.answered = 0;
		}
	}

}
