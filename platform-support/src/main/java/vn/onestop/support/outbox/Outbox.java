package vn.onestop.support.outbox;

import java.time.ZoneOffset;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;

/**
 * Appends events to {@code outbox_event}. Call it inside the reactive transaction of the state change
 * (a {@code TransactionalOperator} or {@code @Transactional} method): the event then commits with the
 * change or not at all.
 */
public final class Outbox {

	private final DatabaseClient database;

	public Outbox(DatabaseClient database) {
		this.database = database;
	}

	public Mono<OutboxEvent> append(OutboxEvent event) {
		return this.database
			.sql("insert into outbox_event (id, aggregate_type, aggregate_id, event_type, payload, occurred_at) "
					+ "values (:id, :aggregateType, :aggregateId, :eventType, cast(:payload as jsonb), :occurredAt)")
			.bind("id", event.id())
			.bind("aggregateType", event.aggregateType())
			.bind("aggregateId", event.aggregateId())
			.bind("eventType", event.eventType())
			.bind("payload", event.payloadJson())
			.bind("occurredAt", event.occurredAt().atOffset(ZoneOffset.UTC))
			.then()
			.thenReturn(event);
	}

}
