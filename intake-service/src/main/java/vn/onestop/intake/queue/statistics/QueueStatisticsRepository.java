package vn.onestop.intake.queue.statistics;

import java.time.LocalDate;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * A ward's queue day counted in the database: one grouped query for the fields and the total (grouping sets), one for
 * the counters. Percentiles are PostgreSQL's {@code percentile_cont} (linear between the two nearest values); a time
 * not measured (a ticket never called, a service never finished) is null and left out.
 */
@Repository
class QueueStatisticsRepository {

	record Row(String field, long issued, long served, long noShow, long notServed, long waiting, long called,
			Double waitP50, Double waitP90, Double serviceP50, Double serviceP90) {
	}

	record CounterRow(int counter, long served, Double serviceP50, Double serviceP90) {
	}

	private static final String WAIT = "extract(epoch from called_at - taken_at)";

	private static final String SERVICE = "extract(epoch from finished_at - started_at)";

	private final DatabaseClient db;

	QueueStatisticsRepository(DatabaseClient db) {
		this.db = db;
	}

	/** One row per field, and the total with a null field. */
	Flux<Row> byField(String ward, LocalDate day) {
		return this.db.sql("select field, count(*) as issued, count(*) filter (where status = 'DONE') as served, "
				+ "count(*) filter (where status = 'NO_SHOW') as no_show, "
				+ "count(*) filter (where status = 'NOT_SERVED') as not_served, "
				+ "count(*) filter (where status = 'WAITING') as waiting, "
				+ "count(*) filter (where called_at is not null) as called, " + percentiles(WAIT, "wait") + ", "
				+ percentiles(SERVICE, "service") + " from queue_ticket where ward_code = :ward and day = :day "
				+ "group by grouping sets ((field), ())")
			.bind("ward", ward)
			.bind("day", day)
			.map(row -> new Row(row.get("field", String.class), count(row, "issued"), count(row, "served"),
					count(row, "no_show"), count(row, "not_served"), count(row, "waiting"), count(row, "called"),
					seconds(row, "wait_p50"), seconds(row, "wait_p90"), seconds(row, "service_p50"),
					seconds(row, "service_p90")))
			.all();
	}

	Flux<CounterRow> byCounter(String ward, LocalDate day) {
		return this.db.sql("select counter, count(*) as served, " + percentiles(SERVICE, "service")
				+ " from queue_ticket where ward_code = :ward and day = :day and status = 'DONE' and counter is not null "
				+ "group by counter order by counter")
			.bind("ward", ward)
			.bind("day", day)
			.map(row -> new CounterRow(row.get("counter", Integer.class), count(row, "served"),
					seconds(row, "service_p50"), seconds(row, "service_p90")))
			.all();
	}

	private static String percentiles(String measure, String name) {
		return "percentile_cont(0.5) within group (order by " + measure + ") as " + name + "_p50, "
				+ "percentile_cont(0.9) within group (order by " + measure + ") as " + name + "_p90";
	}

	private static long count(Readable row, String column) {
		Long value = row.get(column, Long.class);
		return value == null ? 0 : value;
	}

	private static Double seconds(Readable row, String column) {
		return row.get(column, Double.class);
	}

}
