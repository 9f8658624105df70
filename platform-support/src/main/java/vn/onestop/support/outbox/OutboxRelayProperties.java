package vn.onestop.support.outbox;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code platform.outbox.relay.*}: which services consume which of this service's events, and how eagerly they
 * are relayed. Each consumer has its own progress: an event counts as published to a consumer once that
 * consumer accepted it, whatever the others do.
 *
 * @param consumers by name (a metric tag and a column value: keep the name once chosen), each with its
 * {@code url} and the {@code event-types} it subscribes to; an event of a type nobody subscribes to goes nowhere
 * @param batchSize events claimed per round (one transaction) for one consumer; a full round is followed at once
 * by the next
 * @param postSize events per request; 1 posts each event alone as a JSON object (the form consumers older than
 * the batch inbox understand), more posts JSON arrays
 * @param postMaxBytes a request closes before its body would pass this size; keep it under the consumers'
 * {@code spring.http.codecs.max-in-memory-size} (256KB by default) and {@code platform.http.max-body-size}
 * @param concurrency requests in flight at once per consumer; an aggregate's events always travel in the same
 * lane, one request after another
 */
@ConfigurationProperties("platform.outbox.relay")
public record OutboxRelayProperties(@DefaultValue("false") boolean enabled, @DefaultValue Map<String, Consumer> consumers,
		@DefaultValue("500ms") Duration pollInterval, @DefaultValue("500") int batchSize,
		@DefaultValue("5s") Duration requestTimeout, @DefaultValue("1s") Duration backoffInitial,
		@DefaultValue("60s") Duration backoffMax, @DefaultValue("100") int postSize,
		@DefaultValue("200KB") DataSize postMaxBytes, @DefaultValue("4") int concurrency) {

	public OutboxRelayProperties {
		if (batchSize < 1 || postSize < 1 || concurrency < 1) {
			throw new IllegalArgumentException("platform.outbox.relay: batch-size, post-size and concurrency must be at least 1");
		}
		consumers = Map.copyOf(consumers);
		consumers.forEach((name, consumer) -> {
			if (!name.matches("[a-z0-9][a-z0-9-]{0,62}")) {
				throw new IllegalArgumentException("platform.outbox.relay.consumers: '" + name
						+ "' is not a consumer name (lower-case letters, digits and '-', at most 63)");
			}
			if (consumer == null || consumer.url() == null || consumer.eventTypes().isEmpty()) {
				throw new IllegalArgumentException(
						"platform.outbox.relay.consumers." + name + ": needs a url and at least one event type");
			}
		});
	}

	/**
	 * @param url where the consumer's inbox takes events ({@code …/internal/events})
	 * @param eventTypes the event types it subscribes to
	 */
	public record Consumer(URI url, @DefaultValue List<String> eventTypes) {

		public Consumer {
			eventTypes = List.copyOf(new LinkedHashSet<>(eventTypes));
		}

	}

}
