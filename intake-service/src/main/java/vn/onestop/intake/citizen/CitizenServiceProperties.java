package vn.onestop.intake.citizen;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where citizen-service answers, how long intake waits for it, when its breaker opens, and how
 * often dossiers received while it was unavailable are linked to their citizen.
 */
@ConfigurationProperties("intake.citizen-service")
public record CitizenServiceProperties(@DefaultValue("http://localhost:8082") URI url,
		@DefaultValue("2s") Duration timeout, @DefaultValue Breaker breaker, @DefaultValue Linking linking) {

	public record Breaker(@DefaultValue("20") int slidingWindowCalls, @DefaultValue("10") int minimumCalls,
			@DefaultValue("50") float failureRatePercent, @DefaultValue("30s") Duration openFor,
			@DefaultValue("3") int halfOpenCalls) implements vn.onestop.support.resilience.BreakerSettings {
	}

	public record Linking(@DefaultValue("true") boolean enabled, @DefaultValue("30s") Duration interval,
			@DefaultValue("50") int batchSize) {
	}

}
