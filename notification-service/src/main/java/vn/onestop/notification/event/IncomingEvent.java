package vn.onestop.notification.event;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import tools.jackson.databind.JsonNode;

/** An event as the producers' outbox relays post it (see platform-support EventEnvelope). */
record IncomingEvent(@NotNull UUID id, @NotBlank String source, String aggregateType, String aggregateId,
		@NotBlank String eventType, Instant occurredAt, @NotNull JsonNode payload) {
}
