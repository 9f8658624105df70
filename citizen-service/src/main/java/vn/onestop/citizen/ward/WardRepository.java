package vn.onestop.citizen.ward;

import java.time.LocalDate;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/** Reads the registry with one SQL statement per answer; links come joined with their units, never one by one. */
@Repository
class WardRepository {

	private static final String COLUMNS = "u.code, u.name, u.full_name, u.type, u.province_code, u.province_name, "
			+ "u.district_name, u.effective_from, u.effective_to";

	private static final String IN_FORCE = "u.effective_from <= :on and (u.effective_to is null or u.effective_to >= :on)";

	private static final String SEARCH_FILTER = IN_FORCE + " and (cast(:province as text) is null or u.province_code = :province)"
			+ " and (cast(:pattern as text) is null or u.search_key like :pattern)";

	private final DatabaseClient db;

	WardRepository(DatabaseClient db) {
		this.db = db;
	}

	Mono<WardView> findInForce(String code, LocalDate on) {
		return this.db.sql("select " + COLUMNS + " from admin_unit u where u.code = :code and " + IN_FORCE)
			.bind("code", code)
			.bind("on", on)
			.map(WardRepository::ward)
			.one();
	}

	Mono<WardPage> search(WardQuery query) {
		Mono<Long> total = bindSearch(this.db.sql("select count(*) as total from admin_unit u where " + SEARCH_FILTER), query)
			.map(row -> row.get("total", Long.class))
			.one();
		Flux<WardView> items = bindSearch(this.db.sql("select " + COLUMNS + " from admin_unit u where " + SEARCH_FILTER
				+ " order by u.province_code, u.code limit :limit offset :offset"), query)
			.bind("limit", query.size())
			.bind("offset", query.offset())
			.map(WardRepository::ward)
			.all();
		return Mono.zip(items.collectList(), total)
			.map(t -> new WardPage(t.getT1(), query.page(), query.size(), t.getT2()));
	}

	/** The old units merged into the unit (code, from). */
	Flux<WardLinkView> predecessors(String code, LocalDate from) {
		return links("l.predecessor_code = u.code and l.predecessor_from = u.effective_from",
				"l.successor_code = :code and l.successor_from = :from", code, from);
	}

	/** The new units the unit (code, from) was merged into. */
	Flux<WardLinkView> successors(String code, LocalDate from) {
		return links("l.successor_code = u.code and l.successor_from = u.effective_from",
				"l.predecessor_code = :code and l.predecessor_from = :from", code, from);
	}

	Flux<ProvinceView> provinces(LocalDate on) {
		return this.db.sql("select u.province_code, min(u.province_name) as province_name, count(*) as wards "
				+ "from admin_unit u where " + IN_FORCE + " group by u.province_code order by u.province_code")
			.bind("on", on)
			.map(row -> new ProvinceView(row.get("province_code", String.class), row.get("province_name", String.class),
					row.get("wards", Long.class)))
			.all();
	}

	private Flux<WardLinkView> links(String join, String filter, String code, LocalDate from) {
		return this.db.sql("select " + COLUMNS + ", l.partial from admin_unit_link l join admin_unit u on " + join
				+ " where " + filter + " order by u.province_code, u.code")
			.bind("code", code)
			.bind("from", from)
			.map(row -> {
				WardView unit = ward(row);
				return new WardLinkView(unit.code(), unit.name(), unit.fullName(), unit.type(), unit.provinceCode(),
						unit.provinceName(), unit.district(), unit.effectiveFrom(), unit.effectiveTo(),
						Boolean.TRUE.equals(row.get("partial", Boolean.class)));
			})
			.all();
	}

	private static DatabaseClient.GenericExecuteSpec bindSearch(DatabaseClient.GenericExecuteSpec spec, WardQuery query) {
		spec = spec.bind("on", query.on());
		spec = query.provinceCode() == null ? spec.bindNull("province", String.class) : spec.bind("province", query.provinceCode());
		return query.searchKey() == null ? spec.bindNull("pattern", String.class)
				: spec.bind("pattern", "%" + query.searchKey() + "%");
	}

	private static WardView ward(Readable row) {
		return new WardView(row.get("code", String.class), row.get("name", String.class), row.get("full_name", String.class),
				UnitType.valueOf(row.get("type", String.class)), row.get("province_code", String.class),
				row.get("province_name", String.class), row.get("district_name", String.class),
				WardView.shownStart(row.get("effective_from", LocalDate.class)), row.get("effective_to", LocalDate.class));
	}

}
