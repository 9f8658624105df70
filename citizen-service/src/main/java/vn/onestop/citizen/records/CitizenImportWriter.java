package vn.onestop.citizen.records;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Writes a batch of imported citizens with a fixed number of statements, whatever its size: one reads the stored
 * citizens, one registers the new ones with their history and events, one fills in the merged ones the same way.
 * The rows travel as arrays ({@code unnest}), never one statement per citizen.
 */
@Repository
class CitizenImportWriter {

	private final DatabaseClient db;

	private final CitizenEvents events;

	CitizenImportWriter(DatabaseClient db, CitizenEvents events) {
		this.db = db;
		this.events = events;
	}

	/** The stored citizens with these personal ID numbers, by number. */
	Mono<Map<String, Citizen>> findByIdNumbers(List<String> idNumbers) {
		if (idNumbers.isEmpty()) {
			return Mono.just(Map.of());
		}
		return this.db.sql("select " + CitizenRepository.COLUMNS + " from citizen c where c.id_number = any(cast(:ids as text[]))")
			.bind("ids", idNumbers.toArray(String[]::new))
			.map(CitizenRepository::citizen)
			.all()
			.collectMap(citizen -> citizen.details().idNumber().value(), citizen -> citizen, HashMap::new);
	}

	/** Registers new citizens (version 1) as {@code POST /citizens} would: history REGISTERED, CitizenRegistered. */
	Mono<Long> register(List<Citizen> citizens, String actor, Instant at) {
		if (citizens.isEmpty()) {
			return Mono.just(0L);
		}
		Columns c = new Columns(citizens.size());
		Changes history = new Changes();
		for (Citizen citizen : citizens) {
			CitizenDetails details = citizen.details();
			c.add("id", citizen.id().toString());
			c.add("idNumber", details.idNumber().value());
			c.add("fullName", details.fullName());
			c.add("searchKey", NameSearchKeys.searchKey(details.fullName()));
			c.add("markKey", NameSearchKeys.markKey(details.fullName()));
			c.add("born", details.dateOfBirth().toString());
			c.add("gender", details.gender().name());
			c.add("phone", details.phone());
			c.add("email", details.email());
			c.add("line", details.address().line());
			c.add("ward", details.address().wardCode());
			c.add("channel", details.preferences().channel().name());
			c.add("consent", String.valueOf(details.preferences().consent()));
			c.add("legacy", String.valueOf(details.idNumber().legacy()));
			history.add(citizen, CitizenChanges.registered(citizen), this.events);
		}
		return this.db.sql("with inserted as (insert into citizen (id, id_number, legacy_id_number, full_name, search_key, "
				+ "mark_key, date_of_birth, gender, phone, email, address_line, ward_code, notification_channel, consent, "
				+ "consent_at, active, version, created_at, created_by, updated_at, updated_by) "
				+ "select cast(t.id as uuid), t.id_number, cast(t.legacy as boolean), t.full_name, t.search_key, t.mark_key, "
				+ "cast(t.born as date), t.gender, t.phone, t.email, t.line, t.ward, t.channel, cast(t.consent as boolean), "
				+ ":at, true, 1, :at, :actor, :at, :actor from unnest(cast(:id as text[]), cast(:idNumber as text[]), "
				+ "cast(:legacy as text[]), cast(:fullName as text[]), cast(:searchKey as text[]), cast(:markKey as text[]), "
				+ "cast(:born as text[]), cast(:gender as text[]), cast(:phone as text[]), cast(:email as text[]), "
				+ "cast(:line as text[]), cast(:ward as text[]), cast(:channel as text[]), cast(:consent as text[])) "
				+ "as t(id, id_number, legacy, full_name, search_key, mark_key, born, gender, phone, email, line, ward, "
				+ "channel, consent) returning 1), " + Changes.STATEMENTS + " select count(*) as written from inserted")
			.bindValues(c.bindings())
			.bindValues(history.bindings(HistoryAction.REGISTERED, actor, at))
			.map(row -> row.get("written", Long.class))
			.one();
	}

	/**
	 * Stores fill-ins (phone, e-mail, address line: the only fields an import fills) on the version read; a citizen
	 * changed meanwhile fails the whole import with 412 rather than being overwritten.
	 */
	Mono<Void> fillIn(List<Change> changes, String actor, Instant at) {
		if (changes.isEmpty()) {
			return Mono.empty();
		}
		Columns c = new Columns(changes.size());
		Changes history = new Changes();
		for (Change change : changes) {
			CitizenDetails details = change.after().details();
			c.add("id", change.after().id().toString());
			c.add("phone", details.phone());
			c.add("email", details.email());
			c.add("line", details.address().line());
			c.add("expected", String.valueOf(change.before().version()));
			history.add(change.after(), CitizenChanges.between(change.before(), change.after()), this.events);
		}
		return this.db.sql("with changed as (update citizen c set phone = t.phone, email = t.email, address_line = t.line, "
				+ "version = c.version + 1, updated_at = :at, updated_by = :actor from unnest(cast(:id as text[]), "
				+ "cast(:phone as text[]), cast(:email as text[]), cast(:line as text[]), cast(:expected as text[])) "
				+ "as t(id, phone, email, line, expected) where c.id = cast(t.id as uuid) "
				+ "and c.version = cast(t.expected as bigint) returning 1), " + Changes.STATEMENTS
				+ " select count(*) as written from changed")
			.bindValues(c.bindings())
			.bindValues(history.bindings(HistoryAction.UPDATED, actor, at))
			.map(row -> row.get("written", Long.class))
			.one()
			.flatMap(written -> written == changes.size() ? Mono.<Void>empty()
					: Mono.error(CitizenProblems.preconditionFailed()));
	}

	/** A stored citizen and what it becomes. */
	record Change(Citizen before, Citizen after) {
	}

	/** Values of one column per citizen, bound as text arrays. */
	private static final class Columns {

		private final Map<String, List<String>> values = new HashMap<>();

		private final int size;

		Columns(int size) {
			this.size = size;
		}

		void add(String column, String value) {
			this.values.computeIfAbsent(column, name -> new ArrayList<>(this.size)).add(value);
		}

		Map<String, Object> bindings() {
			Map<String, Object> bindings = new HashMap<>();
			this.values.forEach((column, list) -> bindings.put(column, list.toArray(String[]::new)));
			return bindings;
		}

	}

	/** The history rows and the events of the citizens a statement writes, appended by the same statement. */
	private static final class Changes {

		static final String STATEMENTS = "history as (insert into citizen_history (citizen_id, version, action, "
				+ "changed_at, changed_by, field, old_value, new_value) select cast(h.citizen as uuid), "
				+ "cast(h.version as bigint), :action, :at, :actor, h.field, h.old, h.new from unnest(cast(:hCitizen as text[]), "
				+ "cast(:hVersion as text[]), cast(:hField as text[]), cast(:hOld as text[]), cast(:hNew as text[])) "
				+ "with ordinality as h(citizen, version, field, old, new, position) order by position), "
				+ "events as (insert into outbox_event (id, aggregate_type, aggregate_id, event_type, payload, occurred_at) "
				+ "select gen_random_uuid(), :aggregateType, e.citizen, :eventType, cast(e.payload as jsonb), :at "
				+ "from unnest(cast(:eCitizen as text[]), cast(:ePayload as text[])) with ordinality as e(citizen, payload, "
				+ "position) order by position)";

		private final Columns history = new Columns(256);

		private final Columns events = new Columns(64);

		void add(Citizen citizen, List<FieldChange> changes, CitizenEvents publisher) {
			for (FieldChange change : changes) {
				this.history.add("hCitizen", citizen.id().toString());
				this.history.add("hVersion", String.valueOf(citizen.version()));
				this.history.add("hField", change.field());
				this.history.add("hOld", change.oldValue());
				this.history.add("hNew", change.newValue());
			}
			this.events.add("eCitizen", citizen.id().toString());
			this.events.add("ePayload", publisher.payloadJson(CitizenEvents.CitizenChanged.of(citizen, changes)));
		}

		Map<String, Object> bindings(HistoryAction action, String actor, Instant at) {
			Map<String, Object> bindings = new HashMap<>(this.history.bindings());
			bindings.putAll(this.events.bindings());
			bindings.put("action", action.name());
			bindings.put("eventType", action.eventType());
			bindings.put("aggregateType", CitizenEvents.AGGREGATE_TYPE);
			bindings.put("actor", actor);
			bindings.put("at", at.atOffset(ZoneOffset.UTC));
			return bindings;
		}

	}

}
