package vn.onestop.support.outbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;

/**
 * The relay's statements on one consumer's {@code outbox_delivery} rows: claiming a round, marking what the
 * consumer accepted, and putting off what it refused. Run them in the round's transaction.
 */
final class OutboxTable {

	/**
	 * Locks the consumer's oldest pending deliveries that nobody else holds and whose retry time has come, and
	 * returns those whose aggregate has no earlier event still on its way to this consumer outside the claim: a
	 * delivery locked by another relay instance or waiting for its retry, or an event not routed yet. An
	 * aggregate's events therefore reach each consumer in order even with several instances; its later rows stay
	 * locked but undelivered until the round ends.
	 */
	private static final String CLAIM = """
			with claimed as (
			    select event_id, occurred_at, refusals from outbox_delivery
			    where consumer = :consumer and published_at is null
			      and (next_attempt_at is null or next_attempt_at <= :now)
			    order by occurred_at, event_id limit :batch
			    for update skip locked
			), earlier as materialized (
			    select e.aggregate_type, e.aggregate_id, e.occurred_at, e.id
			    from outbox_delivery d join outbox_event e on e.id = d.event_id
			    where d.consumer = :consumer and d.published_at is null
			      and d.occurred_at <= (select max(occurred_at) from claimed)
			      and d.event_id not in (select event_id from claimed)
			    union all
			    select aggregate_type, aggregate_id, occurred_at, id from outbox_event
			    where routed_at is null and occurred_at <= (select max(occurred_at) from claimed)
			)
			select e.id, e.aggregate_type, e.aggregate_id, e.event_type, e.payload::text as payload, e.occurred_at,
			       c.refusals, (select count(*) from claimed) as claimed
			from claimed c join outbox_event e on e.id = c.event_id
			where not exists (select 1 from earlier r where r.aggregate_type = e.aggregate_type
			                  and r.aggregate_id = e.aggregate_id and (r.occurred_at, r.id) < (e.occurred_at, e.id))
			order by e.occurred_at, e.id""";

	private final DatabaseClient database;

	private final String consumer;

	OutboxTable(DatabaseClient database, String consumer) {
		this.database = database;
		this.consumer = consumer;
	}

	Mono<Claim> claim(int batch, Instant now) {
		return this.database.sql(CLAIM)
			.bind("consumer", this.consumer)
			.bind("batch", batch)
			.bind("now", now.atOffset(ZoneOffset.UTC))
			.map((row, meta) -> new Claimed(new OutboxRelay.StoredEvent(row.get("id", UUID.class),
					row.get("aggregate_type", String.class), row.get("aggregate_id", String.class),
					row.get("event_type", String.class), row.get("payload", String.class),
					row.get("occurred_at", OffsetDateTime.class).toInstant()), row.get("refusals", Integer.class),
					row.get("claimed", Long.class)))
			.all()
			.collectList()
			.map(rows -> new Claim(rows.isEmpty() ? 0 : rows.get(0).locked(), rows.stream().map(Claimed::event).toList(),
					rows.stream().collect(java.util.stream.Collectors.toMap(c -> c.event().id(), Claimed::refusals))));
	}

	/** One statement for the whole round. */
	Mono<Long> markPublished(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Mono.just(0L);
		}
		return this.database
			.sql("update outbox_delivery set published_at = now() "
					+ "where consumer = :consumer and event_id = any(:ids)")
			.bind("consumer", this.consumer)
			.bind("ids", ids.toArray(UUID[]::new))
			.fetch()
			.rowsUpdated();
	}

	/** Counts a refusal of each event and sets when it is tried again; one statement. */
	Mono<Long> putOff(Map<UUID, Instant> retryAt) {
		if (retryAt.isEmpty()) {
			return Mono.just(0L);
		}
		UUID[] ids = retryAt.keySet().toArray(UUID[]::new);
		OffsetDateTime[] at = new OffsetDateTime[ids.length];
		for (int i = 0; i < ids.length; i++) {
			at[i] = retryAt.get(ids[i]).atOffset(ZoneOffset.UTC);
		}
		return this.database
			.sql("update outbox_delivery d set refusals = d.refusals + 1, next_attempt_at = r.at "
					+ "from unnest(cast(:ids as uuid[]), cast(:at as timestamptz[])) r(id, at) "
					+ "where d.consumer = :consumer and d.event_id = r.id")
			.bind("consumer", this.consumer)
			.bind("ids", ids)
			.bind("at", at)
			.fetch()
			.rowsUpdated();
	}

	/**
	 * @param locked rows locked by the claim, deliverable or not
	 * @param refusals earlier refusals of each claimed event
	 */
	record Claim(long locked, List<OutboxRelay.StoredEvent> events, Map<UUID, Integer> refusals) {
	}

	private record Claimed(OutboxRelay.StoredEvent event, int refusals, long locked) {
	}

}
