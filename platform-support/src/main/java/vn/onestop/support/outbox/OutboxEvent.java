package vn.onestop.support.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * An event another service must hear about, written to the producer's {@code outbox_event} table in
 * the same transaction as the change it announces. The id is the consumers' idempotency key.
 */
public record OutboxEvent(UUID id, String aggregateType, String aggregateId, String eventType, String payloadJson,
		Instant occurredAt) {

	public static OutboxEvent of(String aggregateType, String aggregateId, String eventType, String payloadJson) {
		return new OutboxEvent(UUID.randomUUID(), aggregateType, aggregateId, eventType, payloadJson, Instant.now());
	}

}
