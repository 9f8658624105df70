package vn.onestop.intake.dossier;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code intake.lookup.throttle.*}: how {@link LookupThrottle} slows down wrong code and phone pairs. */
@ConfigurationProperties("intake.lookup.throttle")
record LookupThrottleProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window,
		@DefaultValue("30s") Duration firstDelay, @DefaultValue("15m") Duration maxDelay,
		@DefaultValue("100000") int maxClients) {

	LookupThrottle.Settings settings() {
		return new LookupThrottle.Settings(this.maxFailures, this.window, this.firstDelay, this.maxDelay,
				this.maxClients);
	}

}
