package vn.onestop.support.inbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import tools.jackson.databind.JsonNode;

/** An event as the producers' outbox relays post it (see {@code vn.onestop.support.outbox.EventEnvelope}). */
public record IncomingEvent(@NotNull UUID id, @NotBlank String source, String aggregateType, String aggregateId,
		@NotBlank String eventType, Instant occurredAt, @NotNull JsonNode payload) {
}
