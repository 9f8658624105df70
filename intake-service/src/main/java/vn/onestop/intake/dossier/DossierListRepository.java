package vn.onestop.intake.dossier;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;

/**
 * The paged dossier list with its filters, one query for the page (procedure names joined in) and one
 * for the total. Served by dossier_ward_status (V4) per ward and dossier_clock_running_due (V6) across wards.
 */
@Repository
class DossierListRepository {

	private static final String CLOCK_RUNNING = "d.status in (1, 2, 4, 6)";

	/** {@code wards}: never empty, so a list never crosses into wards the caller does not work in. */
	record Filter(Set<String> wards, Integer status, boolean nearDue, boolean overdue, Instant now, Instant horizon,
			DossierSearch search) {
	}

	record Row(String code, String wardCode, String procedureCode, String procedureName, DossierStatus status,
			Instant dueAt, String submitterName) {
	}

	private final DatabaseClient db;

	DossierListRepository(DatabaseClient db) {
		this.db = db;
	}

	Flux<Row> page(Filter filter, int page, int size) {
		Map<String, Object> binds = new LinkedHashMap<>();
		String where = where(filter, binds);
		binds.put("limit", size);
		binds.put("offset", (long) page * size);
		return bind(this.db.sql("select d.code, d.ward_code, d.procedure_code, v.name, d.status, d.due_at, "
				+ "d.submitter->>'fullName' as submitter_name from dossier d "
				+ "join procedure_version v on v.id = d.procedure_version_id" + where
				+ " order by d.due_at, d.code limit :limit offset :offset"), binds)
			.map(row -> new Row(row.get("code", String.class), row.get("ward_code", String.class),
					row.get("procedure_code", String.class), row.get("name", String.class),
					DossierStatus.ofCode(row.get("status", Short.class)), DossierRepository.instant(row, "due_at"),
					row.get("submitter_name", String.class)))
			.all();
	}

	Mono<Long> count(Filter filter) {
		Map<String, Object> binds = new LinkedHashMap<>();
		String where = where(filter, binds);
		return bind(this.db.sql("select count(*) as n from dossier d" + where), binds)
			.map(row -> row.get("n", Long.class))
			.one();
	}

	private static String where(Filter filter, Map<String, Object> binds) {
		if (filter.wards().isEmpty()) {
			throw new IllegalArgumentException("A dossier list names its wards");
		}
		StringBuilder sql = new StringBuilder(" where d.ward_code = any(:wards)");
		binds.put("wards", filter.wards().stream().sorted().toArray(String[]::new));
		if (filter.status() != null) {
			sql.append(" and d.status = :status");
			binds.put("status", filter.status().shortValue());
		}
		if (filter.nearDue()) {
			sql.append(" and ").append(CLOCK_RUNNING).append(" and d.due_at > :now and d.due_at <= :horizon");
			binds.put("now", DossierRepository.utc(filter.now()));
			binds.put("horizon", DossierRepository.utc(filter.horizon()));
		}
		if (filter.overdue()) {
			sql.append(" and ").append(CLOCK_RUNNING).append(" and d.due_at < :now");
			binds.put("now", DossierRepository.utc(filter.now()));
		}
		if (filter.search() != null) {
			sql.append(filter.search().where(binds));
		}
		return sql.toString();
	}

	private static GenericExecuteSpec bind(GenericExecuteSpec spec, Map<String, Object> binds) {
		GenericExecuteSpec bound = spec;
		for (Map.Entry<String, Object> bind : binds.entrySet()) {
			bound = bound.bind(bind.getKey(), bind.getValue());
		}
		return bound;
	}

}
