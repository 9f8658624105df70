package vn.onestop.intake.dossier;

import static vn.onestop.intake.dossier.DossierRepository.bindNullable;
import static vn.onestop.intake.dossier.DossierRepository.instant;
import static vn.onestop.intake.dossier.DossierRepository.utc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;

/** The lifecycle columns of V5: reads a dossier with its progress, writes a change under the optimistic lock. */
@Repository
class LifecycleRepository {

	private static final String PROGRESS = ", version, supplement_requests, status_before_supplement, paused_at, "
			+ "apologies, completed_at, timeliness";

	private final DatabaseClient db;

	private final DossierRepository dossiers;

	private final JsonMapper json;

	LifecycleRepository(DatabaseClient db, DossierRepository dossiers, JsonMapper json) {
		this.db = db;
		this.dossiers = dossiers;
		this.json = json;
	}

	Mono<Tracked> find(String code) {
		return this.db.sql("select " + DossierRepository.COLUMNS + PROGRESS + " from dossier where code = :code")
			.bind("code", code)
			.map(row -> new Tracked(this.dossiers.dossierWithoutDocuments(row), progress(row)))
			.one();
	}

	/** False when another change committed since {@code seenVersion} was read. */
	Mono<Boolean> apply(UUID dossierId, long seenVersion, Change change) {
		Progress after = change.after();
		GenericExecuteSpec update = this.db.sql("update dossier set status = :status, due_at = :dueAt, "
				+ "version = version + 1, supplement_requests = :supplements, status_before_supplement = :before, "
				+ "paused_at = :pausedAt, apologies = :apologies, completed_at = :completedAt, timeliness = :timeliness "
				+ "where id = :id and version = :seen")
			.bind("status", (short) change.to().code())
			.bind("dueAt", utc(change.dueAt()))
			.bind("supplements", (short) after.supplementRequests())
			.bind("apologies", (short) after.apologies())
			.bind("id", dossierId)
			.bind("seen", seenVersion);
		update = bindNullable(update, "before",
				after.statusBeforeSupplement() == null ? null : (short) after.statusBeforeSupplement().code(), Short.class);
		update = bindNullable(update, "pausedAt", after.pausedAt() == null ? null : utc(after.pausedAt()),
				OffsetDateTime.class);
		update = bindNullable(update, "completedAt", after.completedAt() == null ? null : utc(after.completedAt()),
				OffsetDateTime.class);
		update = bindNullable(update, "timeliness", after.timeliness() == null ? null : after.timeliness().name(),
				String.class);
		return update.fetch().rowsUpdated().map(updated -> updated > 0);
	}

	Mono<Void> appendHistory(UUID dossierId, Change change) {
		GenericExecuteSpec insert = this.db.sql("insert into dossier_status_history (dossier_id, from_status, to_status, "
				+ "at, actor, reason, action, details) values (:id, :from, :to, :at, :actor, :reason, :action, "
				+ "cast(:details as jsonb))")
			.bind("id", dossierId)
			.bind("from", (short) change.from().code())
			.bind("to", (short) change.to().code())
			.bind("at", utc(change.at()))
			.bind("actor", change.actor())
			.bind("action", change.action())
			.bind("details", this.json.writeValueAsString(change.details()));
		return bindNullable(insert, "reason", change.reason(), String.class).then();
	}

	Flux<HistoryEntry> history(UUID dossierId) {
		return this.db.sql("select from_status, to_status, at, actor, reason, action, details::text as details "
				+ "from dossier_status_history where dossier_id = :id order by id")
			.bind("id", dossierId)
			.map(this::entry)
			.all();
	}

	@SuppressWarnings("unchecked")
	private HistoryEntry entry(Readable row) {
		Short from = row.get("from_status", Short.class);
		String details = row.get("details", String.class);
		String action = row.get("action", String.class);
		return HistoryEntry.of(action == null ? "receive" : action, from == null ? null : DossierStatus.ofCode(from),
				DossierStatus.ofCode(row.get("to_status", Short.class)), instant(row, "at"), row.get("actor", String.class),
				row.get("reason", String.class), details == null ? Map.of() : this.json.readValue(details, Map.class));
	}

	private static Progress progress(Readable row) {
		Short before = row.get("status_before_supplement", Short.class);
		String timeliness = row.get("timeliness", String.class);
		return new Progress(row.get("version", Long.class), row.get("supplement_requests", Short.class),
				before == null ? null : DossierStatus.ofCode(before), nullableInstant(row, "paused_at"),
				row.get("apologies", Short.class), nullableInstant(row, "completed_at"),
				timeliness == null ? null : Timeliness.valueOf(timeliness));
	}

	private static Instant nullableInstant(Readable row, String column) {
		OffsetDateTime value = row.get(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
