package vn.onestop.intake.dossier;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import vn.onestop.intake.citizen.CitizenRefusal;

/**
 * The citizen link state of V10__citizen_link_state.sql. Times are the database's: the link schedule is shared by
 * every replica and has nothing to do with the business clock. An attempt's outcome is written only while the
 * dossier is still held by that attempt ({@code heldUntil}), so a correction made meanwhile is not overwritten.
 */
@Repository
class CitizenLinkRepository {

	record Claimed(Dossier dossier, int attempts, OffsetDateTime heldUntil) {
	}

	private final DatabaseClient db;

	private final DossierRepository dossiers;

	private final JsonMapper json;

	CitizenLinkRepository(DatabaseClient db, DossierRepository dossiers, JsonMapper json) {
		this.db = db;
		this.dossiers = dossiers;
		this.json = json;
	}

	/** Up to {@code limit} dossiers due for an attempt, earliest first, hidden from other replicas for {@code holdFor}. */
	Flux<Claimed> claimDue(int limit, Duration holdFor) {
		return this.db.sql("update dossier d set citizen_link_next_at = now() + make_interval(secs => :hold) "
				+ "where d.id in (select id from dossier where citizen_link_pending and citizen_link_refusal is null "
				+ "and citizen_link_next_at <= now() order by citizen_link_next_at, received_at limit :limit "
				+ "for update skip locked) returning " + DossierRepository.COLUMNS
				+ ", citizen_link_attempts, citizen_link_next_at")
			.bind("hold", holdFor.toMillis() / 1000.0)
			.bind("limit", limit)
			.map(row -> new Claimed(this.dossiers.dossierWithoutDocuments(row),
					row.get("citizen_link_attempts", Integer.class),
					row.get("citizen_link_next_at", OffsetDateTime.class)))
			.all();
	}

	Mono<Boolean> linked(Claimed claimed, UUID citizenId) {
		return this.db.sql("update dossier set citizen_id = :citizen, citizen_link_pending = false, "
				+ "citizen_link_attempts = citizen_link_attempts + 1 where id = :id and citizen_link_pending "
				+ "and citizen_link_next_at = :held")
			.bind("citizen", citizenId)
			.bind("id", claimed.dossier().id())
			.bind("held", claimed.heldUntil())
			.fetch()
			.rowsUpdated()
			.map(updated -> updated > 0);
	}

	Mono<Boolean> refused(Claimed claimed, CitizenRefusal refusal) {
		return this.db.sql("update dossier set citizen_link_refusal = cast(:refusal as jsonb), "
				+ "citizen_link_attempts = citizen_link_attempts + 1 where id = :id and citizen_link_pending "
				+ "and citizen_link_next_at = :held")
			.bind("refusal", this.json.writeValueAsString(refusal))
			.bind("id", claimed.dossier().id())
			.bind("held", claimed.heldUntil())
			.fetch()
			.rowsUpdated()
			.map(updated -> updated > 0);
	}

	Mono<Boolean> failed(Claimed claimed, Duration retryAfter) {
		return this.db.sql("update dossier set citizen_link_attempts = citizen_link_attempts + 1, "
				+ "citizen_link_next_at = now() + make_interval(secs => :delay) where id = :id and citizen_link_pending "
				+ "and citizen_link_next_at = :held")
			.bind("delay", retryAfter.toMillis() / 1000.0)
			.bind("id", claimed.dossier().id())
			.bind("held", claimed.heldUntil())
			.fetch()
			.rowsUpdated()
			.map(updated -> updated > 0);
	}

	/** At filing: citizen-service refused the submitter already. */
	Mono<Void> refusedAtFiling(UUID dossierId, CitizenRefusal refusal) {
		return this.db.sql("update dossier set citizen_link_refusal = cast(:refusal as jsonb), "
				+ "citizen_link_attempts = 1 where id = :id and citizen_link_pending")
			.bind("refusal", this.json.writeValueAsString(refusal))
			.bind("id", dossierId)
			.then();
	}

	/** The corrected submitter, asked for at once as if new; false when the dossier got linked meanwhile. */
	Mono<Boolean> correctSubmitter(UUID dossierId, Person submitter) {
		return this.db.sql("update dossier set submitter = cast(:submitter as jsonb), submitter_search_key = :submitterKey, "
				+ "citizen_link_refusal = null, citizen_link_attempts = 0, citizen_link_next_at = now() where id = :id and citizen_link_pending")
			.bind("submitter", this.json.writeValueAsString(submitter))
			.bind("submitterKey", DossierRepository.searchKey(submitter))
			.bind("id", dossierId)
			.fetch()
			.rowsUpdated()
			.map(updated -> updated > 0);
	}

	/** The correction's history row: the status stays, the particulars name the corrected fields. */
	Mono<Void> appendCorrection(UUID dossierId, DossierStatus status, Instant at, String actor, List<String> fields) {
		return this.db.sql("insert into dossier_status_history (dossier_id, from_status, to_status, at, actor, action, "
				+ "details) values (:id, :status, :status, :at, :actor, :action, cast(:details as jsonb))")
			.bind("id", dossierId)
			.bind("status", (short) status.code())
			.bind("at", DossierRepository.utc(at))
			.bind("actor", actor)
			.bind("action", CorrectingSubmitter.ACTION)
			.bind("details", this.json.writeValueAsString(Map.of("fields", fields)))
			.then();
	}

	Mono<CitizenLinkView> state(UUID dossierId) {
		return this.db.sql("select citizen_link_pending, citizen_link_attempts, citizen_link_next_at, "
				+ "citizen_link_refusal::text as refusal from dossier where id = :id")
			.bind("id", dossierId)
			.map(row -> {
				String refusal = row.get("refusal", String.class);
				return CitizenLinkView.of(Boolean.TRUE.equals(row.get("citizen_link_pending", Boolean.class)),
						row.get("citizen_link_attempts", Integer.class),
						row.get("citizen_link_next_at", OffsetDateTime.class),
						refusal == null ? null : this.json.readValue(refusal, CitizenRefusal.class));
			})
			.one();
	}

}
