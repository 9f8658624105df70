package vn.onestop.support.outbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON an event travels in: its id (the consumers' idempotency key), the producing service, what
 * happened to which aggregate, when, and the payload as written; several travel as a JSON array, and the
 * consumer answers {@code {"accepted": [ids]}} (platform-support {@code ReceivedEvents}).
 */
public final class EventEnvelope {

	private final JsonMapper json;

	private final String source;

	public EventEnvelope(JsonMapper json, String source) {
		this.json = json;
		this.source = source;
	}

	public String toJson(OutboxRelay.StoredEvent event) {
		Map<String, Object> envelope = new LinkedHashMap<>();
		envelope.put("id", event.id().toString());
		envelope.put("source", this.source);
		envelope.put("aggregateType", event.aggregateType());
		envelope.put("aggregateId", event.aggregateId());
		envelope.put("eventType", event.eventType());
		envelope.put("occurredAt", event.occurredAt().toString());
		envelope.put("payload", this.json.readTree(event.payloadJson()));
		return this.json.writeValueAsString(envelope);
	}

	/** The ids a consumer's answer to a batch names as accepted; empty when the answer cannot be read. */
	public Optional<List<UUID>> acceptedIn(String answer) {
		List<UUID> accepted = new ArrayList<>();
		try {
			JsonNode ids = answer.isBlank() ? null : this.json.readTree(answer).get("accepted");
			if (ids == null || !ids.isArray()) {
				return Optional.empty();
			}
			for (JsonNode id : ids) {
				accepted.add(UUID.fromString(id.asString()));
			}
		}
		catch (JacksonException | IllegalArgumentException unreadable) {
			return Optional.empty();
		}
		return Optional.of(accepted);
	}

}
