package vn.onestop.notification.pacing;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Mono;

/**
 * SMS segments sent per ward and day ({@code sms_budget_usage}, V4). {@link #add} is one atomic
 * statement, run by the delivery side in the transaction that marks the message SENT.
 */
@Repository
public class SmsBudgetUsage {

	private final DatabaseClient db;

	SmsBudgetUsage(DatabaseClient db) {
		this.db = db;
	}

	/** Emits the ward's total for the day after adding. */
	public Mono<Long> add(String ward, LocalDate day, int segments) {
		return this.db.sql("insert into sms_budget_usage (ward_code, day, segments) values (:ward, :day, :segments) "
				+ "on conflict (ward_code, day) do update set segments = sms_budget_usage.segments + excluded.segments "
				+ "returning segments")
			.bind("ward", ward)
			.bind("day", day)
			.bind("segments", (long) segments)
			.map(row -> row.get("segments", Long.class))
			.one();
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
