package vn.onestop.citizen.records;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import vn.onestop.citizen.ward.RecordedMerger;

/** The review queue: raised in batches (one statement per cause), listed a page at a time. */
@Repository
class CitizenReviewRepository {

	private final DatabaseClient db;

	private final JsonMapper json;

	CitizenReviewRepository(DatabaseClient db, JsonMapper json) {
		this.db = db;
		this.json = json;
	}

	/** Marks the active citizens of the merger's partial predecessors; how many reviews were raised. */
	Mono<Long> raiseForMerger(MergerRehoming plan, RecordedMerger merger, String actor, Instant at) {
		if (plan.reviews().isEmpty()) {
			return Mono.just(0L);
		}
		List<MergerRehoming.Review> reviews = plan.reviews();
		return this.db.sql("with raised as (insert into citizen_review (id, kind, citizen_id, ward_code, reason, source, "
				+ "details, status, created_at, created_by) select gen_random_uuid(), :kind, c.id, c.ward_code, t.reason, "
				+ ":source, jsonb_build_object('successorCode', cast(:successor as text), 'effectiveOn', cast(:on as text), "
				+ "'wardContinues', t.continues), 'OPEN', :at, :actor from unnest(cast(:wards as text[]), "
				+ "cast(:reasons as text[]), cast(:continues as boolean[])) as t(ward, reason, continues) "
				+ "join citizen c on c.ward_code = t.ward and c.active "
				+ "on conflict on constraint citizen_review_once do nothing returning 1) select count(*) as raised from raised")
			.bind("kind", ReviewKind.PARTIAL_MERGER.name())
			.bind("source", merger.source())
			.bind("successor", merger.successorCode())
			.bind("on", merger.effectiveOn().toString())
			.bind("at", at.atOffset(ZoneOffset.UTC))
			.bind("actor", actor)
			.bind("wards", reviews.stream().map(MergerRehoming.Review::wardCode).toArray(String[]::new))
			.bind("reasons", reviews.stream().map(MergerRehoming.Review::reason).toArray(String[]::new))
			.bind("continues", reviews.stream().map(MergerRehoming.Review::wardContinues).toArray(Boolean[]::new))
			.map(row -> row.get("raised", Long.class))
			.one();
	}

	Mono<CitizenReviewPage> page(CitizenReviewQuery query) {
		var spec = this.db.sql("select r.id, r.kind, r.status, r.citizen_id, c.full_name, r.ward_code, r.reason, "
				+ "r.details::text as details, r.created_at, r.created_by, count(*) over () as total "
				+ "from citizen_review r join citizen c on c.id = r.citizen_id where r.status = :status "
				+ "and (cast(:ward as text) is null or r.ward_code = :ward) and (cast(:kind as text) is null or r.kind = :kind) "
				+ "order by r.created_at, r.id limit :limit offset :offset")
			.bind("status", query.status().name())
			.bind("limit", query.size())
			.bind("offset", (long) query.page() * query.size());
		spec = query.ward() == null ? spec.bindNull("ward", String.class) : spec.bind("ward", query.ward());
		spec = query.kind() == null ? spec.bindNull("kind", String.class) : spec.bind("kind", query.kind().name());
		return spec.map(row -> new Row(new CitizenReviewView(row.get("id", UUID.class),
				ReviewKind.valueOf(row.get("kind", String.class)),
				CitizenReviewQuery.Status.valueOf(row.get("status", String.class)), row.get("citizen_id", UUID.class),
				row.get("full_name", String.class), row.get("ward_code", String.class), row.get("reason", String.class),
				this.json.readTree(row.get("details", String.class)),
				row.get("created_at", OffsetDateTime.class).toInstant(), row.get("created_by", String.class)),
				row.get("total", Long.class)))
			.all()
			.collectList()
			.map(rows -> new CitizenReviewPage(rows.stream().map(Row::view).toList(), query.page(), query.size(),
					rows.isEmpty() ? 0 : rows.get(0).total()));
	}

	private record Row(CitizenReviewView view, long total) {
	}

}
