package vn.onestop.intake.dossier;

import java.time.OffsetDateTime;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import vn.onestop.intake.calendar.WorkingCalendar;

/**
 * {@code GET /my-dossiers}: the dossiers a signed-in citizen submitted, newest first, found by the personal ID
 * number their token names (never by one the request could choose).
 */
@Repository
class OwnDossiers {

	static final int LIMIT = 100;

	record Item(String code, String wardCode, String procedureName, DossierView.Status status, OffsetDateTime receivedAt,
			OffsetDateTime appointmentAt) {
	}

	private final DatabaseClient db;

	OwnDossiers(DatabaseClient db) {
		this.db = db;
	}

	Mono<List<Item>> of(String idNumber) {
		return this.db.sql("select d.code, d.ward_code, v.name, d.status, d.received_at, d.due_at from dossier d join "
				+ "procedure_version v on v.id = d.procedure_version_id where d.submitter->>'idNumber' = :id "
				+ "order by d.received_at desc, d.code desc limit " + LIMIT)
			.bind("id", idNumber)
			.map(row -> {
				DossierStatus status = DossierStatus.ofCode(row.get("status", Short.class));
				return new Item(row.get("code", String.class), row.get("ward_code", String.class),
						row.get("name", String.class), new DossierView.Status(status.code(), status.name(), status.label()),
						local(DossierRepository.instant(row, "received_at")), local(DossierRepository.instant(row, "due_at")));
			})
			.all()
			.collectList();
	}

	private static OffsetDateTime local(java.time.Instant instant) {
		return instant.atZone(WorkingCalendar.ZONE).toOffsetDateTime();
	}

}
