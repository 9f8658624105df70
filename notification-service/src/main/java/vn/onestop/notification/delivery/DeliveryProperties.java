package vn.onestop.notification.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The dispatcher: how often it looks for due messages when nothing wakes it, how many it claims at
 * once and sends in parallel, how long a claim holds, how long finished sends wait to be recorded
 * together (at most {@code concurrency} in one statement), and how failed sends are retried.
 */
@ConfigurationProperties("notification.delivery")
record DeliveryProperties(@DefaultValue("true") boolean dispatcherEnabled, @DefaultValue("1s") Duration pollInterval,
		@DefaultValue("200") int batchSize, @DefaultValue("32") int concurrency, @DefaultValue("5m") Duration lease,
		@DefaultValue("100ms") Duration recordWindow, @DefaultValue("6") int maxAttempts, @DefaultValue Retry retry) {

	DeliveryProperties {
		if (batchSize < 1 || concurrency < 1) {
			throw new IllegalArgumentException("notification.delivery.batch-size and concurrency must be at least 1");
		}
		if (recordWindow.isNegative() || recordWindow.isZero()) {
			throw new IllegalArgumentException("notification.delivery.record-window must be positive");
		}
	}

	record Retry(@DefaultValue("30s") Duration initialBackoff, @DefaultValue("2.0") double multiplier,
			@DefaultValue("30m") Duration maxBackoff, @DefaultValue("0.5") double jitter) {

		Backoff backoff() {
			return new Backoff(this.initialBackoff, this.multiplier, this.maxBackoff, this.jitter);
		}

	}

}
