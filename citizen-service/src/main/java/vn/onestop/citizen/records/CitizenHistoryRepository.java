package vn.onestop.citizen.records;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/** The append-only history: one row per changed field, written with the change in one statement. */
@Repository
class CitizenHistoryRepository {

	private final DatabaseClient db;

	CitizenHistoryRepository(DatabaseClient db) {
		this.db = db;
	}

	Mono<Void> append(Citizen citizen, HistoryAction action, List<FieldChange> changes, String actor, Instant at) {
		return this.db.sql("insert into citizen_history (citizen_id, version, action, changed_at, changed_by, field, "
				+ "old_value, new_value) select :citizenId, :version, :action, :at, :actor, f, o, n "
				+ "from unnest(cast(:fields as text[]), cast(:olds as text[]), cast(:news as text[])) "
				+ "with ordinality as t(f, o, n, position) order by position")
			.bind("citizenId", citizen.id())
			.bind("version", citizen.version())
			.bind("action", action.name())
			.bind("at", at.atOffset(ZoneOffset.UTC))
			.bind("actor", actor)
			.bind("fields", changes.stream().map(FieldChange::field).toArray(String[]::new))
			.bind("olds", changes.stream().map(FieldChange::oldValue).toArray(String[]::new))
			.bind("news", changes.stream().map(FieldChange::newValue).toArray(String[]::new))
			.then();
	}

	Flux<HistoryRow> rows(UUID citizenId) {
		return this.db.sql("select version, action, changed_at, changed_by, field, old_value, new_value "
				+ "from citizen_history where citizen_id = :citizenId order by version, id")
			.bind("citizenId", citizenId)
			.map(row -> new HistoryRow(row.get("version", Long.class), HistoryAction.valueOf(row.get("action", String.class)),
					row.get("changed_at", OffsetDateTime.class).toInstant(), row.get("changed_by", String.class),
					new FieldChange(row.get("field", String.class), row.get("old_value", String.class),
							row.get("new_value", String.class))))
			.all();
	}

	record HistoryRow(long version, HistoryAction action, Instant changedAt, String changedBy, FieldChange change) {
	}

}
