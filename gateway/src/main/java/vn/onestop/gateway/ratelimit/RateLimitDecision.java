package vn.onestop.gateway.ratelimit;

import java.util.List;
import java.util.OptionalLong;

/** Whether a request may pass, and if not, which budget ran out and when to retry (whole seconds, at least 1). */
record RateLimitDecision(RateLimitKind exhausted, long retryAfterSeconds) {

	static final RateLimitDecision ALLOWED = new RateLimitDecision(null, 0);

	boolean allowed() {
		return this.exhausted == null;
	}

	/**
	 * Draws on every budget in turn and stops at the first without room: a request must fit its subject's budget
	 * and every one of its wards'.
	 */
	static RateLimitDecision decide(List<RateLimitKey> keys, RateLimitBudgets budgets) {
		for (RateLimitKey key : keys) {
			OptionalLong wait = budgets.take(key);
			if (wait.isPresent()) {
				return waiting(key.kind(), wait.getAsLong());
			}
		}
		return ALLOWED;
	}

	/** Refused by this budget for this many nanoseconds, rounded up to whole seconds. */
	static RateLimitDecision waiting(RateLimitKind exhausted, long nanos) {
		return new RateLimitDecision(exhausted, Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
	}

}
