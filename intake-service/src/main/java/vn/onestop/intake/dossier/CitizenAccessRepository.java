package vn.onestop.intake.dossier;

import java.time.Instant;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * What a citizen may see and do with a dossier code and the last four digits of the submitter's phone.
 * Unknown codes and wrong digits run the same single query (the unique index on code) and find nothing.
 */
@Repository
class CitizenAccessRepository {

	record Match(UUID id, String wardCode, String fieldCode, String procedureName, DossierStatus status, Instant dueAt,
			boolean rated) {
	}

	private final DatabaseClient db;

	CitizenAccessRepository(DatabaseClient db) {
		this.db = db;
	}

	Mono<Match> match(String code, String phoneLast4) {
		return this.db.sql("select d.id, d.ward_code, p.field_code, v.name, d.status, d.due_at, r.dossier_id is not null as rated "
				+ "from dossier d left join dossier_rating r on r.dossier_id = d.id "
				+ "join procedure_version v on v.id = d.procedure_version_id join procedure p on p.code = v.procedure_code "
				+ "where d.code = :code and right(d.submitter->>'phone', 4) = :last4")
			.bind("code", code)
			.bind("last4", phoneLast4)
			.map(row -> new Match(row.get("id", UUID.class), row.get("ward_code", String.class),
					row.get("field_code", String.class), row.get("name", String.class),
					DossierStatus.ofCode(row.get("status", Short.class)), DossierRepository.instant(row, "due_at"),
					Boolean.TRUE.equals(row.get("rated", Boolean.class))))
			.one();
	}

	/** False when the dossier was already rated. */
	Mono<Boolean> rate(UUID dossierId, Rating rating, String comment, Instant at) {
		return DossierRepository.bindNullable(this.db.sql("insert into dossier_rating (dossier_id, rating, comment, rated_at) "
				+ "values (:id, :rating, :comment, :at) on conflict (dossier_id) do nothing")
			.bind("id", dossierId)
			.bind("rating", rating.name())
			.bind("at", DossierRepository.utc(at)), "comment", comment, String.class)
			.fetch()
			.rowsUpdated()
			.map(inserted -> inserted > 0);
	}

}
