package vn.onestop.support.outbox;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON an event travels in: its id (the consumers' idempotency key), the producing service, what
 * happened to which aggregate, when, and the payload as written.
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

}
