package vn.onestop.citizen.ward;

import vn.onestop.rules.citizen.VietnameseNames;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

/** Units of tests' own, with codes no real unit uses (90000+), so mergers in tests leave the national data alone. */
public final class WardFixtures {

	/** Đà Nẵng, in force from 2025-07-01. */
	public static final String PROVINCE = "48";

	/** A past day after the national merger, as a merger may not be recorded before it takes effect. */
	public static final LocalDate DAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(30);

	private static final AtomicInteger CODES = new AtomicInteger(ThreadLocalRandom.current().nextInt(90_000, 98_000));

	private WardFixtures() {
	}

	public static String nextCode() {
		return String.valueOf(CODES.incrementAndGet());
	}

	/** The day fixture wards start: after the national merger day, so the national counts on that day stay exact. */
	public static final LocalDate START = AdminUnit.MERGER_DAY.plusDays(1);

	/** Inserts a ward of Đà Nẵng in force from the day after the national merger, with no end. */
	public static Mono<Void> ward(DatabaseClient db, String code, String name) {
		return db.sql("insert into admin_unit (code, effective_from, name, full_name, type, province_code, province_name, "
				+ "search_key) select :code, :from, :name, :fullName, 'WARD', :province, min(province_name), :key "
				+ "from admin_unit where province_code = :province")
			.bind("code", code).bind("from", START).bind("name", name).bind("fullName", "Phường " + name)
			.bind("province", PROVINCE).bind("key", VietnameseNames.searchKey("Phường " + name))
			.then();
	}

	/** A merger body: predecessors as code → "full", "partial" or "continues". */
	public static Map<String, Object> merger(String code, String name, LocalDate on, Map<String, String> predecessors) {
		List<Map<String, Object>> list = new ArrayList<>();
		predecessors.forEach((predecessor, how) -> list.add(Map.of("code", predecessor, "partial", !how.equals("full"),
				"continues", how.equals("continues"))));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("successor", Map.of("code", code, "name", name, "type", "WARD", "provinceCode", PROVINCE));
		body.put("effectiveOn", on.toString());
		body.put("predecessors", list);
		return body;
	}

}
