package vn.onestop.intake.citizen;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.onestop.support.resilience.BreakerSettings;

/**
 * Where citizen-service answers, how long intake waits for it, how many calls may be in flight to it, when its
 * breaker opens, and how often dossiers received while it was unavailable are linked to their citizen.
 * <p>
 * A filing waits for its citizen call, so the breaker also opens when most calls are slow ({@code slowCallAfter},
 * {@code slowCallRatePercent}): filings then go on at once without the link, which {@code linking} makes later.
 */
@ConfigurationProperties("intake.citizen-service")
public record CitizenServiceProperties(@DefaultValue("http://localhost:8082") URI url,
		@DefaultValue("2s") Duration timeout, @DefaultValue("200") int maxConcurrentCalls,
		@DefaultValue Breaker breaker, @DefaultValue Linking linking) {

	public CitizenServiceProperties {
		if (maxConcurrentCalls < 1) {
			throw new IllegalArgumentException("intake.citizen-service.max-concurrent-calls must be at least 1");
		}
	}

	public record Breaker(@DefaultValue("10s") Duration window, @DefaultValue("20") int minimumCalls,
			@DefaultValue("50") float failureRatePercent, @DefaultValue("1s") Duration slowCallAfter,
			@DefaultValue("80") float slowCallRatePercent, @DefaultValue("30s") Duration openFor,
			@DefaultValue("3") int halfOpenCalls) implements BreakerSettings {
	}

	/**
	 * The linking task: every {@code interval} it takes up to {@code batchSize} dossiers whose next attempt is due,
	 * claimed {@code concurrency} at a time (one round of calls), each round hidden from other replicas for
	 * {@code claimFor}, which must outlast one call's timeout. A dossier whose
	 * attempt failed waits {@code retryFirst}, doubling up to {@code retryMax} (with jitter), on its own: the others go
	 * on. A refused one waits for an officer's correction.
	 */
	public record Linking(@DefaultValue("true") boolean enabled, @DefaultValue("10s") Duration interval,
			@DefaultValue("200") int batchSize, @DefaultValue("8") int concurrency,
			@DefaultValue("5s") Duration retryFirst, @DefaultValue("30s") Duration retryMax,
			@DefaultValue("30s") Duration claimFor) {
	}

}
