package vn.onestop.citizen.ward;

import vn.onestop.rules.citizen.VietnameseNames;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import vn.onestop.citizen.ward.MergerContext.UnitState;

/** Reads what the merger rules need in four statements and writes a merger with one statement per table. */
@Repository
class MergerRepository {

	/** Mergers are rare: one at a time, so two requests cannot both pass the checks against the same registry. */
	private static final long MERGER_LOCK = 0x5741524d455247L;

	private static final String STATE = "u.code, u.effective_from, u.effective_to, u.full_name";

	private final DatabaseClient db;

	MergerRepository(DatabaseClient db) {
		this.db = db;
	}

	Mono<Void> lock() {
		return this.db.sql("select pg_advisory_xact_lock(:key)").bind("key", MERGER_LOCK).then();
	}

	/** The fingerprint and stored outcome of the merger that created (code, day), if one did. */
	Mono<Recorded> recorded(String code, LocalDate day) {
		return this.db.sql("select fingerprint, outcome::text as outcome from ward_merger where successor_code = :code "
				+ "and effective_on = :day")
			.bind("code", code)
			.bind("day", day)
			.map(row -> new Recorded(row.get("fingerprint", String.class), row.get("outcome", String.class)))
			.one();
	}

	Mono<MergerContext> context(Merger merger) {
		String[] codes = merger.predecessors().stream().map(Merger.Predecessor::code).toArray(String[]::new);
		LocalDate day = merger.effectiveOn();
		Mono<String> province = this.db.sql("select min(u.province_name) as name from admin_unit u where u.province_code = :p "
				+ "and u.effective_from <= :day and (u.effective_to is null or u.effective_to >= :day)")
			.bind("p", merger.provinceCode()).bind("day", day)
			.map(row -> row.get("name", String.class) == null ? "" : row.get("name", String.class)).one();
		Mono<List<UnitState>> candidates = this.db.sql("select " + STATE + ", exists (select 1 from admin_unit_link l "
				+ "where l.predecessor_code = u.code and l.predecessor_from = u.effective_from and l.partial "
				+ "and l.successor_from = :day) as split from admin_unit u where u.code = any(:codes) "
				+ "and u.effective_from <= :day and (u.effective_to is null or u.effective_to >= :dayBefore)")
			.bind("codes", codes).bind("day", day).bind("dayBefore", day.minusDays(1))
			.map(row -> state(row, Boolean.TRUE.equals(row.get("split", Boolean.class)))).all().collectList();
		Mono<List<UnitState>> holders = this.db.sql("select " + STATE + " from admin_unit u where u.code = :code "
				+ "and (u.effective_to is null or u.effective_to >= :day)")
			.bind("code", merger.code()).bind("day", day)
			.map(row -> state(row, false)).all().collectList();
		Mono<List<UnitKey[]>> edges = this.db.sql("with recursive back(sc, sf, pc, pf) as ("
				+ "select successor_code, successor_from, predecessor_code, predecessor_from from admin_unit_link "
				+ "where successor_code = any(:codes) union select l.successor_code, l.successor_from, l.predecessor_code, "
				+ "l.predecessor_from from admin_unit_link l join back b on l.successor_code = b.pc and l.successor_from = b.pf"
				+ ") select sc, sf, pc, pf from back")
			.bind("codes", codes)
			.map(row -> new UnitKey[] { new UnitKey(row.get("sc", String.class), row.get("sf", LocalDate.class)),
					new UnitKey(row.get("pc", String.class), row.get("pf", LocalDate.class)) })
			.all().collectList();
		return Mono.zip(province, candidates, holders, edges).map(t -> new MergerContext(t.getT1().isEmpty() ? null : t.getT1(),
				t.getT2().stream().collect(Collectors.groupingBy(u -> u.key().code())), t.getT3(),
				t.getT4().stream().collect(Collectors.groupingBy(e -> e[0], Collectors.mapping(e -> e[1], Collectors.toList())))));
	}

	Mono<Void> write(MergerPlan plan, Instant at) {
		Merger merger = plan.merger();
		LocalDate day = merger.effectiveOn();
		Mono<Void> end = this.db.sql("update admin_unit u set effective_to = :dayBefore from unnest(cast(:codes as text[]), "
				+ "cast(cast(:froms as text[]) as date[])) as t(code, f) where u.code = t.code and u.effective_from = t.f")
			.bind("dayBefore", day.minusDays(1))
			.bind("codes", plan.ending().stream().map(UnitKey::code).toArray(String[]::new))
			.bind("froms", plan.ending().stream().map(k -> k.from().toString()).toArray(String[]::new))
			.then();
		Mono<Void> unit = this.db.sql("insert into admin_unit (code, effective_from, name, full_name, type, province_code, "
				+ "province_name, search_key) values (:code, :day, :name, :fullName, :type, :province, :provinceName, :key)")
			.bind("code", merger.code()).bind("day", day).bind("name", merger.name()).bind("fullName", merger.fullName())
			.bind("type", merger.type().name()).bind("province", merger.provinceCode()).bind("provinceName", plan.provinceName())
			.bind("key", VietnameseNames.searchKey(merger.fullName()))
			.then();
		Mono<Void> links = this.db.sql("insert into admin_unit_link (successor_code, successor_from, predecessor_code, "
				+ "predecessor_from, partial) select :code, :day, t.code, t.f, t.partial from unnest(cast(:codes as text[]), "
				+ "cast(cast(:froms as text[]) as date[]), cast(:partials as boolean[])) as t(code, f, partial)")
			.bind("code", merger.code()).bind("day", day)
			.bind("codes", plan.links().stream().map(l -> l.predecessor().code()).toArray(String[]::new))
			.bind("froms", plan.links().stream().map(l -> l.predecessor().from().toString()).toArray(String[]::new))
			.bind("partials", plan.links().stream().map(MergerPlan.Link::partial).toArray(Boolean[]::new))
			.then();
		return end.then(unit).then(links);
	}

	Mono<Void> remember(Merger merger, String outcomeJson, Instant at) {
		return this.db.sql("insert into ward_merger (successor_code, effective_on, fingerprint, outcome, recorded_at) "
				+ "values (:code, :day, :fingerprint, cast(:outcome as jsonb), :at)")
			.bind("code", merger.code()).bind("day", merger.effectiveOn()).bind("fingerprint", merger.fingerprint())
			.bind("outcome", outcomeJson).bind("at", at.atOffset(ZoneOffset.UTC))
			.then();
	}

	private static UnitState state(io.r2dbc.spi.Readable row, boolean split) {
		return new UnitState(new UnitKey(row.get("code", String.class), row.get("effective_from", LocalDate.class)),
				row.get("effective_to", LocalDate.class), row.get("full_name", String.class), split);
	}

	record Recorded(String fingerprint, String outcomeJson) {
	}

}
