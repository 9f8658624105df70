package vn.onestop.notification.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The dispatcher: how often it looks for due messages when nothing wakes it, how many it claims at
 * once and sends in parallel, how long a claim holds, how long finished sends wait to be recorded
 * together (at most {@code concurrency} in one statement), how failed sends are retried, and how SMS
 * whose outcome is unknown are asked about.
 */
@ConfigurationProperties("notification.delivery")
record DeliveryProperties(@DefaultValue("true") boolean dispatcherEnabled, @DefaultValue("1s") Duration pollInterval,
		@DefaultValue("200") int batchSize, @DefaultValue("32") int concurrency, @DefaultValue("5m") Duration lease,
		@DefaultValue("100ms") Duration recordWindow, @DefaultValue("6") int maxAttempts, @DefaultValue Retry retry,
		@DefaultValue UnknownSms unknownSms) {

	DeliveryProperties {
		if (batchSize < 1 || concurrency < 1) {
			throw new IllegalArgumentException("notification.delivery.batch-size and concurrency must be at least 1");
		}
		if (recordWindow.isNegative() || recordWindow.isZero()) {
			throw new IllegalArgumentException("notification.delivery.record-window must be positive");
		}
	}

	/**
	 * UNKNOWN SMS are asked about at the provider ({@code SettlingUnknownSms}) once they have been UNKNOWN for
	 * {@code firstQueryAfter} (a receipt may settle them first), then again after as long as they have waited, at most
	 * {@code maxBackoff} apart; every {@code interval}, up to {@code batchSize} at a time.
	 */
	record UnknownSms(@DefaultValue("1m") Duration firstQueryAfter, @DefaultValue("10s") Duration interval,
			@DefaultValue("100") int batchSize, @DefaultValue("30m") Duration maxBackoff) {

		UnknownSms {
			if (batchSize < 1 || interval.isNegative() || interval.isZero() || firstQueryAfter.isNegative()
					|| maxBackoff.compareTo(firstQueryAfter) < 0) {
				throw new IllegalArgumentException("notification.delivery.unknown-sms: batch-size and interval must be "
						+ "positive, first-query-after not negative and max-backoff at least first-query-after");
			}
		}

	}

	record Retry(@DefaultValue("30s") Duration initialBackoff, @DefaultValue("2.0") double multiplier,
			@DefaultValue("30m") Duration maxBackoff, @DefaultValue("0.5") double jitter) {

		Backoff backoff() {
			return new Backoff(this.initialBackoff, this.multiplier, this.maxBackoff, this.jitter);
		}

	}

}
