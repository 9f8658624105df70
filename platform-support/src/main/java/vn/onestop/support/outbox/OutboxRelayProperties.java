package vn.onestop.support.outbox;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code platform.outbox.relay.*}: where this service's events go (every target must accept an event
 * before it counts as published) and how eagerly.
 *
 * @param batchSize events claimed per round (one transaction); a full round is followed at once by the next
 * @param postSize events per request; 1 posts each event alone as a JSON object (the form consumers older than
 * the batch inbox understand), more posts JSON arrays
 * @param postMaxBytes a request closes before its body would pass this size; keep it under the consumers'
 * {@code spring.http.codecs.max-in-memory-size} (256KB by default) and {@code platform.http.max-body-size}
 * @param concurrency requests in flight at once; an aggregate's events always travel in the same lane, one
 * request after another
 */
@ConfigurationProperties("platform.outbox.relay")
public record OutboxRelayProperties(@DefaultValue("false") boolean enabled, @DefaultValue List<URI> targets,
		@DefaultValue("500ms") Duration pollInterval, @DefaultValue("500") int batchSize,
		@DefaultValue("5s") Duration requestTimeout, @DefaultValue("1s") Duration backoffInitial,
		@DefaultValue("60s") Duration backoffMax, @DefaultValue("100") int postSize,
		@DefaultValue("200KB") DataSize postMaxBytes, @DefaultValue("4") int concurrency) {

	public OutboxRelayProperties {
		if (batchSize < 1 || postSize < 1 || concurrency < 1) {
			throw new IllegalArgumentException("platform.outbox.relay: batch-size, post-size and concurrency must be at least 1");
		}
	}

}
