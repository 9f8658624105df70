package vn.onestop.intake.dossier;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import vn.onestop.intake.calendar.WorkingCalendar;

/** The approval requests; one waits per dossier at most (a partial unique index), decided once. */
@Repository
class ApprovalRepository {

	private static final String SELECT = "select a.*, d.code, d.due_at, v.name as procedure_name from approval_request a "
			+ "join dossier d on d.id = a.dossier_id join procedure_version v on v.id = d.procedure_version_id ";

	private final DatabaseClient db;

	private final JsonMapper json;

	ApprovalRepository(DatabaseClient db, JsonMapper json) {
		this.db = db;
		this.json = json;
	}

	/** False when another request of the dossier already waits. */
	Mono<Boolean> insert(ApprovalRequest request) {
		var spec = this.db.sql("insert into approval_request (id, dossier_id, ward_code, action, reason, missing_items, "
				+ "new_appointment_at, requested_by, requested_at, status) values (:id, :dossier, :ward, :action, :reason, "
				+ "cast(:missing as jsonb), :newAppointment, :by, :at, 'PENDING')")
			.bind("id", request.id())
			.bind("dossier", request.dossierId())
			.bind("ward", request.wardCode())
			.bind("action", request.action())
			.bind("missing", this.json.writeValueAsString(request.missingItems()))
			.bind("by", request.requestedBy())
			.bind("at", DossierRepository.utc(request.requestedAt()));
		spec = DossierRepository.bindNullable(spec, "reason", request.reason(), String.class);
		spec = DossierRepository.bindNullable(spec, "newAppointment", request.newAppointmentAt() == null ? null
				: DossierRepository.utc(request.newAppointmentAt().atZone(WorkingCalendar.ZONE).toInstant()),
				java.time.OffsetDateTime.class);
		return spec.fetch()
			.rowsUpdated()
			.map(rows -> rows > 0)
			.onErrorResume(DataIntegrityViolationException.class, pending -> Mono.just(false));
	}

	Flux<ApprovalRequest> pending(Collection<String> wards) {
		return this.db.sql(SELECT + "where a.status = 'PENDING' and a.ward_code in (:wards) order by a.requested_at, a.id")
			.bind("wards", List.copyOf(wards))
			.map(this::read)
			.all();
	}

	Mono<ApprovalRequest> find(UUID id) {
		return this.db.sql(SELECT + "where a.id = :id").bind("id", id).map(this::read).one();
	}

	/** False when the request was decided meanwhile. */
	Mono<Boolean> decide(UUID id, ApprovalRequest.Status status, String by, Instant at, String reason) {
		return DossierRepository.bindNullable(this.db.sql("update approval_request set status = :status, decided_by = :by, "
				+ "decided_at = :at, decision_reason = :reason where id = :id and status = 'PENDING'")
			.bind("id", id)
			.bind("status", status.name())
			.bind("by", by)
			.bind("at", DossierRepository.utc(at)), "reason", reason, String.class)
			.fetch()
			.rowsUpdated()
			.map(rows -> rows > 0);
	}

	private ApprovalRequest read(Readable row) {
		String missing = row.get("missing_items", String.class);
		Instant newAppointment = nullableInstant(row, "new_appointment_at");
		return new ApprovalRequest(row.get("id", UUID.class), row.get("dossier_id", UUID.class),
				row.get("code", String.class), row.get("procedure_name", String.class), row.get("ward_code", String.class),
				row.get("action", String.class), row.get("reason", String.class),
				missing == null ? List.of() : this.json.readValue(missing, new TypeReference<List<String>>() {
				}), newAppointment == null ? null : LocalDateTime.ofInstant(newAppointment, WorkingCalendar.ZONE),
				DossierRepository.instant(row, "due_at"), row.get("requested_by", String.class),
				DossierRepository.instant(row, "requested_at"),
				ApprovalRequest.Status.valueOf(row.get("status", String.class)), row.get("decided_by", String.class),
				nullableInstant(row, "decided_at"), row.get("decision_reason", String.class));
	}

	private static Instant nullableInstant(Readable row, String column) {
		java.time.OffsetDateTime value = row.get(column, java.time.OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}


}
