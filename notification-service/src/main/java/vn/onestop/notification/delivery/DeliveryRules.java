package vn.onestop.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleSupplier;

/**
 * Decides a message's next state after a send: sent; refused for good; retried later with backoff;
 * or, once the attempts are used up, a technical failure; unknown (never retried) when the provider may
 * have taken it without saying so. A send the breaker stopped, or that quiet
 * hours or the SMS budget held, is no attempt.
 */
final class DeliveryRules {

	private final int maxAttempts;

	private final Backoff backoff;

	private final DoubleSupplier random;

	DeliveryRules(int maxAttempts, Backoff backoff, DoubleSupplier random) {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be at least 1");
		}
		this.maxAttempts = maxAttempts;
		this.backoff = backoff;
		this.random = random;
	}

	Decision decide(int attemptsBefore, SendResult result, Instant now, Duration openWait) {
		int attempt = attemptsBefore + 1;
		if (result instanceof SendResult.Sent sent) {
			return new Decision(MessageStatus.SENT, attempt, now, sent.provider(), sent.providerMessageId(),
					new Attempt(attempt, now, Attempt.AttemptOutcome.SENT, null));
		}
		if (result instanceof SendResult.Unknown unknown) {
			return new Decision(MessageStatus.UNKNOWN, attempt, now, unknown.provider(), null,
					new Attempt(attempt, now, Attempt.AttemptOutcome.UNKNOWN, unknown.errorClass()));
		}
		if (result instanceof SendResult.Failed failed && failed.permanent()) {
			return new Decision(MessageStatus.PERMANENT_FAILURE, attempt, now, null, null,
					new Attempt(attempt, now, Attempt.AttemptOutcome.PERMANENT_FAILURE, failed.errorClass()));
		}
		if (result instanceof SendResult.Failed failed) {
			Attempt made = new Attempt(attempt, now, Attempt.AttemptOutcome.TEMPORARY_FAILURE, failed.errorClass());
			return attempt >= this.maxAttempts ? new Decision(MessageStatus.TECHNICAL_FAILURE, attempt, now, null, null, made)
					: new Decision(MessageStatus.TEMPORARY_FAILURE, attempt,
							now.plus(this.backoff.delay(attempt, this.random.getAsDouble())), null, null, made);
		}
		Instant waitUntil = result instanceof SendResult.Held held ? held.until() : now.plus(openWait);
		return new Decision(attemptsBefore == 0 ? MessageStatus.CREATED : MessageStatus.TEMPORARY_FAILURE,
				attemptsBefore, waitUntil, null, null, null);
	}

	/** The state to store; {@code attempt} is null when nothing was tried. */
	record Decision(MessageStatus status, int attempts, Instant nextAttemptAt, String provider,
			String providerMessageId, Attempt attempt) {
	}

}
