package vn.onestop.notification.delivery;

import java.time.Instant;

/** What came of handing a message to its channel. */
sealed interface SendResult {

	/** The provider took the message. */
	record Sent(String provider, String providerMessageId) implements SendResult {
	}

	/** The provider failed (temporary) or refused the message (permanent). */
	record Failed(boolean permanent, String errorClass) implements SendResult {
	}

	/**
	 * The request reached the provider but no answer came in time: the provider may have taken the
	 * message. Never sent again; its delivery receipt settles it.
	 */
	record Unknown(String provider, String errorClass) implements SendResult {
	}

	/** The channel's breaker is open: nothing was tried, the message waits. */
	record Deferred() implements SendResult {
	}

	/** Quiet hours or the ward's SMS budget hold the message: nothing was tried, it waits until then. */
	record Held(Instant until) implements SendResult {
	}

}
