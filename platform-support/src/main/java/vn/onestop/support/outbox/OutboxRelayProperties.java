package vn.onestop.support.outbox;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code platform.outbox.relay.*}: where this service's events go (every target must accept an event
 * before it counts as published) and how eagerly.
 */
@ConfigurationProperties("platform.outbox.relay")
public record OutboxRelayProperties(@DefaultValue("false") boolean enabled, @DefaultValue List<URI> targets,
		@DefaultValue("500ms") Duration pollInterval, @DefaultValue("100") int batchSize,
		@DefaultValue("5s") Duration requestTimeout, @DefaultValue("1s") Duration backoffInitial,
		@DefaultValue("60s") Duration backoffMax) {
}
