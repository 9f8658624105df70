package vn.onestop.intake.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;

import vn.onestop.intake.procedure.Channel;
import vn.onestop.rules.citizen.VietnameseNames;

/** Dossiers, their checklists and history, the daily counters and the idempotency keys of V4__dossiers.sql. */
@Repository
class DossierRepository {

	static final String COLUMNS = "id, code, ward_code, procedure_version_id, procedure_code, channel, status, "
			+ "received_at, counting_starts_at, due_at, sets, submitter::text as submitter, owner::text as owner, notes, "
			+ "received_by, citizen_id";

	record StoredKey(String requestHash, String dossierCode) {
	}

	private final DatabaseClient db;

	private final JsonMapper json;

	DossierRepository(DatabaseClient db, JsonMapper json) {
		this.db = db;
		this.json = json;
	}

	/** Fails with a duplicate key when another intake holds or has committed the key. */
	Mono<Void> claimKey(String key, String requestHash) {
		return this.db.sql("insert into idempotency_key (key, request_hash) values (:key, :hash)")
			.bind("key", key)
			.bind("hash", requestHash)
			.then();
	}

	Mono<Void> attachKey(String key, DossierCode code) {
		return this.db.sql("update idempotency_key set dossier_code = :code where key = :key")
			.bind("key", key)
			.bind("code", code.value())
			.then();
	}

	Mono<StoredKey> findKey(String key) {
		return this.db.sql("select request_hash, dossier_code from idempotency_key where key = :key")
			.bind("key", key)
			.map(row -> new StoredKey(row.get("request_hash", String.class), row.get("dossier_code", String.class)))
			.one();
	}

	/** The row lock taken here queues concurrent intakes of the agency until the dossier's transaction ends. */
	Mono<Integer> nextSequence(String agencyCode, LocalDate day) {
		return this.db.sql("insert into dossier_daily_counter (agency_code, day, n) values (:agency, :day, 1) "
				+ "on conflict (agency_code, day) do update set n = dossier_daily_counter.n + 1 returning n")
			.bind("agency", agencyCode)
			.bind("day", day)
			.map(row -> row.get("n", Integer.class))
			.one();
	}

	/** The dossier, its documents and its first history row, by {@code actor} (who received it). */
	Mono<Void> insert(Dossier dossier, String actor) {
		GenericExecuteSpec insert = this.db.sql("insert into dossier (id, code, ward_code, agency_code, "
				+ "procedure_version_id, procedure_code, channel, status, received_at, counting_starts_at, due_at, sets, "
				+ "submitter, submitter_search_key, owner, notes, received_by, citizen_id, citizen_link_pending) values (:id, "
				+ ":code, :ward, :agency, :version, :procedure, :channel, :status, :receivedAt, :countingStartsAt, :dueAt, "
				+ ":sets, cast(:submitter as jsonb), :submitterKey, cast(:owner as jsonb), :notes, :receivedBy, :citizenId, "
				+ ":pending)")
			.bind("id", dossier.id())
			.bind("code", dossier.code().value())
			.bind("ward", dossier.wardCode())
			.bind("agency", dossier.code().agencyCode())
			.bind("version", dossier.procedureVersionId())
			.bind("procedure", dossier.procedureCode())
			.bind("channel", dossier.channel().name())
			.bind("status", (short) dossier.status().code())
			.bind("receivedAt", utc(dossier.receivedAt()))
			.bind("countingStartsAt", utc(dossier.countingStartsAt()))
			.bind("dueAt", utc(dossier.dueAt()))
			.bind("sets", (short) dossier.sets())
			.bind("submitter", this.json.writeValueAsString(dossier.submitter()))
			.bind("submitterKey", searchKey(dossier.submitter()))
			.bind("owner", this.json.writeValueAsString(dossier.owner()))
			.bind("pending", dossier.citizenLinkPending());
		insert = bindNullable(insert, "notes", dossier.notes(), String.class);
		insert = bindNullable(insert, "receivedBy", dossier.receivedBy(), String.class);
		insert = bindNullable(insert, "citizenId", dossier.citizenId(), UUID.class);
		return insert.then()
			.thenMany(Flux.fromIterable(dossier.documents()).concatMap(document -> this.db
				.sql("insert into dossier_document (dossier_id, position, document_key, name, originals, "
						+ "certified_copies, copies) values (:id, :position, :key, :name, :originals, :certified, :copies)")
				.bind("id", dossier.id())
				.bind("position", document.position())
				.bind("key", document.key())
				.bind("name", document.name())
				.bind("originals", document.originals())
				.bind("certified", document.certifiedCopies())
				.bind("copies", document.copies())
				.then()))
			.then(appendHistory(dossier.id(), null, dossier.status(), dossier.receivedAt(), actor));
	}

	private Mono<Void> appendHistory(UUID dossierId, DossierStatus from, DossierStatus to, Instant at, String actor) {
		GenericExecuteSpec insert = this.db.sql("insert into dossier_status_history (dossier_id, from_status, to_status, "
				+ "at, actor) values (:id, :from, :to, :at, :actor)")
			.bind("id", dossierId)
			.bind("to", (short) to.code())
			.bind("at", utc(at));
		insert = bindNullable(insert, "from", from == null ? null : (short) from.code(), Short.class);
		return bindNullable(insert, "actor", actor, String.class).then();
	}

	Mono<Dossier> findByCode(String code) {
		return this.db.sql("select " + COLUMNS + " from dossier where code = :code")
			.bind("code", code)
			.map(this::dossierWithoutDocuments)
			.one()
			.flatMap(this::withDocuments);
	}

	private Mono<Dossier> withDocuments(Dossier dossier) {
		return this.db.sql("select position, document_key, name, originals, certified_copies, copies "
				+ "from dossier_document where dossier_id = :id order by position")
			.bind("id", dossier.id())
			.map(row -> new HandedInDocument(row.get("position", Integer.class), row.get("document_key", String.class),
					row.get("name", String.class), row.get("originals", Integer.class),
					row.get("certified_copies", Integer.class), row.get("copies", Integer.class)))
			.all()
			.collectList()
			.map(documents -> new Dossier(dossier.id(), dossier.code(), dossier.wardCode(), dossier.procedureVersionId(),
					dossier.procedureCode(), dossier.channel(), dossier.status(), dossier.receivedAt(),
					dossier.countingStartsAt(), dossier.dueAt(), dossier.sets(), dossier.submitter(), dossier.owner(),
					documents, dossier.notes(), dossier.receivedBy(), dossier.citizenId()));
	}

	Dossier dossierWithoutDocuments(Readable row) {
		return new Dossier(row.get("id", UUID.class), DossierCode.parse(row.get("code", String.class)).orElseThrow(),
				row.get("ward_code", String.class), row.get("procedure_version_id", Long.class),
				row.get("procedure_code", String.class), Channel.valueOf(row.get("channel", String.class)),
				DossierStatus.ofCode(row.get("status", Short.class)), instant(row, "received_at"),
				instant(row, "counting_starts_at"), instant(row, "due_at"), row.get("sets", Short.class),
				this.json.readValue(row.get("submitter", String.class), Person.class),
				this.json.readValue(row.get("owner", String.class), Person.class), java.util.List.of(),
				row.get("notes", String.class), row.get("received_by", String.class), row.get("citizen_id", UUID.class));
	}

	static Instant instant(Readable row, String column) {
		return row.get(column, OffsetDateTime.class).toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	static <T> GenericExecuteSpec bindNullable(GenericExecuteSpec spec, String name, T value, Class<T> type) {
		return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
	}

	/** The key the dossier list searches submitters by (V14). */
	static String searchKey(Person submitter) {
		return submitter.fullName() == null ? "" : VietnameseNames.searchKey(submitter.fullName());
	}

}
