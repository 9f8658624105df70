package vn.onestop.support.outbox;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;

/**
 * The relay's two statements on {@code outbox_event}: claiming a round and marking what was accepted.
 * Run both in the round's transaction.
 */
final class OutboxTable {

	/**
	 * Locks the oldest unpublished rows nobody else holds, skipping the events held back for a retry, and returns
	 * those whose aggregate has no earlier unpublished event outside the claim: one locked by another relay
	 * instance, or held back here. An aggregate's events therefore go out in order even with several instances;
	 * its later rows stay locked but undelivered until the round ends.
	 */
	private static final String CLAIM = """
			with claimed as (
			    select id, aggregate_type, aggregate_id, event_type, payload, occurred_at from outbox_event
			    where published_at is null and id <> all(:held)
			    order by occurred_at, id limit :batch
			    for update skip locked
			), earlier as materialized (
			    select e.aggregate_type, e.aggregate_id, e.occurred_at, e.id from outbox_event e
			    where e.published_at is null and e.occurred_at <= (select max(occurred_at) from claimed)
			      and e.id not in (select id from claimed)
			)
			select c.id, c.aggregate_type, c.aggregate_id, c.event_type, c.payload::text as payload, c.occurred_at,
			       (select count(*) from claimed) as claimed
			from claimed c
			where not exists (select 1 from earlier e where e.aggregate_type = c.aggregate_type
			                  and e.aggregate_id = c.aggregate_id and (e.occurred_at, e.id) < (c.occurred_at, c.id))
			order by c.occurred_at, c.id""";

	private final DatabaseClient database;

	OutboxTable(DatabaseClient database) {
		this.database = database;
	}

	Mono<Claim> claim(int batch, Collection<UUID> held) {
		return this.database.sql(CLAIM)
			.bind("batch", batch)
			.bind("held", held.toArray(UUID[]::new))
			.map((row, meta) -> new Claimed(new OutboxRelay.StoredEvent(row.get("id", UUID.class),
					row.get("aggregate_type", String.class), row.get("aggregate_id", String.class),
					row.get("event_type", String.class), row.get("payload", String.class),
					row.get("occurred_at", OffsetDateTime.class).toInstant()), row.get("claimed", Long.class)))
			.all()
			.collectList()
			.map(rows -> new Claim(rows.isEmpty() ? 0 : rows.get(0).locked(), rows.stream().map(Claimed::event).toList()));
	}

	/** One statement for the whole round. */
	Mono<Long> markPublished(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Mono.just(0L);
		}
		return this.database.sql("update outbox_event set published_at = now() where id = any(:ids)")
			.bind("ids", ids.toArray(UUID[]::new))
			.fetch()
			.rowsUpdated();
	}

	/** @param locked rows locked by the claim, deliverable or not */
	record Claim(long locked, List<OutboxRelay.StoredEvent> events) {
	}

	private record Claimed(OutboxRelay.StoredEvent event, long locked) {
	}

}
