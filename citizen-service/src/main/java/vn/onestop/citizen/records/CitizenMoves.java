package vn.onestop.citizen.records;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Moves every citizen of some wards to another ward in one statement: the update raises each version (so a
 * PATCH based on the old one gets 412), and the same statement appends the history rows and the
 * {@code CitizenUpdated} events. No citizen is read one by one.
 */
@Repository
class CitizenMoves {

	private final DatabaseClient db;

	CitizenMoves(DatabaseClient db) {
		this.db = db;
	}

	/** How many citizens moved. */
	Mono<Long> move(List<String> fromWards, String toWard, String actor, Instant at) {
		if (fromWards.isEmpty()) {
			return Mono.just(0L);
		}
		return this.db.sql("with moved as (update citizen c set ward_code = cast(:to as text), version = c.version + 1, "
				+ "updated_at = :at, updated_by = :actor from citizen o where o.id = c.id and o.ward_code = any(:wards) "
				+ "returning c.id, c.version, c.active, c.phone, c.email, c.notification_channel, c.consent, "
				+ "o.ward_code as old_ward), "
				+ "history as (insert into citizen_history (citizen_id, version, action, changed_at, changed_by, field, "
				+ "old_value, new_value) select id, version, :action, :at, :actor, 'address.wardCode', old_ward, "
				+ "cast(:to as text) from moved), "
				+ "events as (insert into outbox_event (id, aggregate_type, aggregate_id, event_type, payload, occurred_at) "
				+ "select gen_random_uuid(), :aggregateType, id::text, :eventType, jsonb_build_object('citizenId', id, "
				+ "'version', version, 'changedFields', jsonb_build_array('address.wardCode'), 'wardCode', cast(:to as text), "
				+ "'active', active, 'contact', jsonb_build_object('phone', phone, 'email', email), 'preferences', "
				+ "jsonb_build_object('channel', notification_channel, 'consent', consent)), :at from moved) "
				+ "select count(*) as moved from moved")
			.bind("to", toWard)
			.bind("wards", fromWards.toArray(String[]::new))
			.bind("at", at.atOffset(ZoneOffset.UTC))
			.bind("actor", actor)
			.bind("action", HistoryAction.UPDATED.name())
			.bind("aggregateType", CitizenEvents.AGGREGATE_TYPE)
			.bind("eventType", HistoryAction.UPDATED.eventType())
			.map(row -> row.get("moved", Long.class))
			.one();
	}

}
