package vn.onestop.citizen.records;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import vn.onestop.citizen.ward.RecordedMerger;

/** The review queue: raised in batches (one statement per cause), listed a page at a time, resolved one by one. */
@Repository
class CitizenReviewRepository {

	private static final String VIEW_COLUMNS = "r.id, r.kind, r.status, r.citizen_id, c.full_name, r.ward_code, r.reason, "
			+ "r.details::text as details, r.created_at, r.created_by, r.resolved_at, r.resolved_by";

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

	/** Raises the reviews of an import's conflicting rows; one already raised for the same disagreement stays as it is. */
	Mono<Long> raiseForImport(List<Raised> reviews, String actor, Instant at) {
		if (reviews.isEmpty()) {
			return Mono.just(0L);
		}
		return this.db.sql("with raised as (insert into citizen_review (id, kind, citizen_id, ward_code, reason, source, "
				+ "details, status, created_at, created_by) select gen_random_uuid(), :kind, cast(t.citizen as uuid), t.ward, "
				+ "t.reason, t.source, cast(t.details as jsonb), 'OPEN', :at, :actor from unnest(cast(:citizens as text[]), "
				+ "cast(:wards as text[]), cast(:reasons as text[]), cast(:sources as text[]), cast(:details as text[])) "
				+ "with ordinality as t(citizen, ward, reason, source, details, position) order by position "
				+ "on conflict on constraint citizen_review_once do nothing returning 1) select count(*) as raised from raised")
			.bind("kind", ReviewKind.IMPORT_CONFLICT.name())
			.bind("at", at.atOffset(ZoneOffset.UTC))
			.bind("actor", actor)
			.bind("citizens", reviews.stream().map(review -> review.citizenId().toString()).toArray(String[]::new))
			.bind("wards", reviews.stream().map(Raised::wardCode).toArray(String[]::new))
			.bind("reasons", reviews.stream().map(Raised::reason).toArray(String[]::new))
			.bind("sources", reviews.stream().map(Raised::source).toArray(String[]::new))
			.bind("details", reviews.stream().map(Raised::detailsJson).toArray(String[]::new))
			.map(row -> row.get("raised", Long.class))
			.one();
	}

	/**
	 * A page of the reviews that {@code wards} decide (see {@link ReviewAccess}): of a citizen living in one, or of a
	 * partial merger into one while the citizen still lives in the split ward. The total counts only those.
	 */
	Mono<CitizenReviewPage> page(CitizenReviewQuery query, Set<String> wards) {
		var spec = this.db.sql("select " + VIEW_COLUMNS + ", count(*) over () as total "
				+ "from citizen_review r join citizen c on c.id = r.citizen_id where r.status = :status "
				+ "and (c.ward_code = any(cast(:wards as text[])) or (r.kind = :partial and r.ward_code = c.ward_code "
				+ "and r.details ->> 'successorCode' = any(cast(:wards as text[])))) "
				+ "and (cast(:kind as text) is null or r.kind = :kind) "
				+ "order by r.created_at, r.id limit :limit offset :offset")
			.bind("status", query.status().name())
			.bind("wards", wards.toArray(String[]::new))
			.bind("partial", ReviewKind.PARTIAL_MERGER.name())
			.bind("limit", query.size())
			.bind("offset", (long) query.page() * query.size());
		spec = query.kind() == null ? spec.bindNull("kind", String.class) : spec.bind("kind", query.kind().name());
		return spec.map(row -> new Row(view(row), row.get("total", Long.class)))
			.all()
			.collectList()
			.map(rows -> new CitizenReviewPage(rows.stream().map(Row::view).toList(), query.page(), query.size(),
					rows.isEmpty() ? 0 : rows.get(0).total()));
	}

	/**
	 * The successors of the open partial-merger reviews of a citizen who still lives in the split ward: the wards
	 * that must decide where they live now.
	 */
	Flux<String> openMergerSuccessors(UUID citizenId) {
		return this.db.sql("select distinct r.details ->> 'successorCode' as successor from citizen_review r "
				+ "join citizen c on c.id = r.citizen_id and c.ward_code = r.ward_code "
				+ "where r.citizen_id = :citizenId and r.kind = :kind and r.status = 'OPEN'")
			.bind("citizenId", citizenId)
			.bind("kind", ReviewKind.PARTIAL_MERGER.name())
			.map(row -> row.get("successor", String.class))
			.all();
	}

	Mono<CitizenReviewView> findById(UUID id) {
		return this.db.sql("select " + VIEW_COLUMNS + " from citizen_review r join citizen c on c.id = r.citizen_id "
				+ "where r.id = :id")
			.bind("id", id)
			.map(this::view)
			.one();
	}

	/** The review, locked until the transaction ends, so two officers cannot resolve it at once. */
	Mono<CitizenReviewView> lockForResolution(UUID id) {
		return this.db.sql("select r.id from citizen_review r where r.id = :id for update")
			.bind("id", id)
			.map(row -> row.get("id", UUID.class))
			.one()
			.flatMap(this::findById);
	}

	/** Marks an open review resolved, keeping the officer's choice in its details; false when it was not open. */
	Mono<Boolean> markResolved(UUID id, Map<String, String> resolution, String actor, Instant at) {
		return this.db.sql("update citizen_review set status = 'RESOLVED', resolved_at = :at, resolved_by = :actor, "
				+ "details = details || jsonb_build_object('resolution', cast(:resolution as jsonb)) "
				+ "where id = :id and status = 'OPEN'")
			.bind("id", id)
			.bind("at", at.atOffset(ZoneOffset.UTC))
			.bind("actor", actor)
			.bind("resolution", this.json.writeValueAsString(resolution))
			.fetch()
			.rowsUpdated()
			.map(rows -> rows == 1);
	}

	private CitizenReviewView view(Readable row) {
		OffsetDateTime resolvedAt = row.get("resolved_at", OffsetDateTime.class);
		return new CitizenReviewView(row.get("id", UUID.class), ReviewKind.valueOf(row.get("kind", String.class)),
				CitizenReviewQuery.Status.valueOf(row.get("status", String.class)), row.get("citizen_id", UUID.class),
				row.get("full_name", String.class), row.get("ward_code", String.class), row.get("reason", String.class),
				this.json.readTree(row.get("details", String.class)),
				row.get("created_at", OffsetDateTime.class).toInstant(), row.get("created_by", String.class),
				resolvedAt == null ? null : resolvedAt.toInstant(), row.get("resolved_by", String.class));
	}

	/** An import row's review to raise: the citizen, its ward now, why, what raised it, and the fields in dispute. */
	record Raised(UUID citizenId, String wardCode, String reason, String source, String detailsJson) {
	}

	private record Row(CitizenReviewView view, long total) {
	}

}
