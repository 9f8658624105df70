package vn.onestop.notification.pacing;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Mono;

/**
 * SMS segments sent per ward and day ({@code sms_budget_usage}, V4). The delivery side adds to them in
 * the statement that marks the messages SENT (delivery's {@code MessageRepository.record}).
 */
@Repository
public class SmsBudgetUsage {

	private final DatabaseClient db;

	SmsBudgetUsage(DatabaseClient db) {
		this.db = db;
	}

	/** 0 when the ward sent nothing that day. */
	public Mono<Long> usedOn(String ward, LocalDate day) {
		return this.db.sql("select segments from sms_budget_usage where ward_code = :ward and day = :day")
			.bind("ward", ward)
			.bind("day", day)
			.map(row -> row.get("segments", Long.class))
			.one()
			.defaultIfEmpty(0L);
	}

	Mono<Map<String, Long>> usedOn(LocalDate day) {
		return this.db.sql("select ward_code, segments from sms_budget_usage where day = :day")
			.bind("day", day)
			.map(row -> Map.entry(row.get("ward_code", String.class), row.get("segments", Long.class)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue);
	}

}
