package vn.onestop.intake.statistics;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;

/**
 * The aggregate queries behind the statistics and the gauges; never a query per dossier. A period is
 * counted in one query (received by receipt time, returned by completion time, apologies and
 * supplement requests by history time, ratings by rating time), the open dossiers in another.
 */
@Repository
class StatisticsRepository {

	record Series(String ward, String field, OpenCounts counts) {
	}

	private static final String OPEN = "d.status in (1, 2, 4, 5, 6)";

	private static final String OPEN_COUNTS = "count(*) as in_progress, count(*) filter (where d.status in "
			+ "(1, 2, 4, 6) and d.due_at > :now and d.due_at <= :horizon) as near_due, count(*) filter (where d.status "
			+ "in (1, 2, 4, 6) and d.due_at < :now) as overdue ";

	private static final String LOCAL_DATE = "((%s) at time zone 'Asia/Ho_Chi_Minh')::date";

	private final DatabaseClient db;

	StatisticsRepository(DatabaseClient db) {
		this.db = db;
	}

	Mono<OpenCounts> open(String ward, Optional<String> field, Instant now, Instant horizon) {
		GenericExecuteSpec spec = this.db.sql("select " + OPEN_COUNTS + "from dossier d" + fieldJoin(field)
				+ " where d.ward_code = :ward and " + OPEN)
			.bind("ward", ward)
			.bind("now", utc(now))
			.bind("horizon", utc(horizon));
		return bindField(spec, field).map(StatisticsRepository::openCounts).one().defaultIfEmpty(OpenCounts.NONE);
	}

	Flux<Series> openByWardAndField(Instant now, Instant horizon) {
		return openByWardAndField(Optional.empty(), now, horizon);
	}

	/** By ward and field, of one ward only when given. */
	Flux<Series> openByWardAndField(Optional<String> ward, Instant now, Instant horizon) {
		GenericExecuteSpec spec = this.db.sql("select d.ward_code, p.field_code, " + OPEN_COUNTS + "from dossier d join procedure p "
				+ "on p.code = d.procedure_code where " + OPEN + ward.map(w -> " and d.ward_code = :ward").orElse("")
				+ " group by d.ward_code, p.field_code")
			.bind("now", utc(now))
			.bind("horizon", utc(horizon));
		return (ward.isPresent() ? spec.bind("ward", ward.get()) : spec)
			.map(row -> new Series(row.get("ward_code", String.class), row.get("field_code", String.class),
					openCounts(row)))
			.all();
	}

	Mono<PeriodCounts> period(StatisticsQuery query) {
		String join = fieldJoin(query.field());
		String returnedDay = LOCAL_DATE.formatted("d.completed_at");
		String appointmentDay = LOCAL_DATE.formatted("d.due_at");
		String sql = "select 'received' as measure, d.channel as key, count(*) as n from dossier d" + join
				+ " where d.ward_code = :ward and d.received_at >= :from and d.received_at < :to group by d.channel "
				+ "union all select 'returned', greatest(-1, least(1, " + returnedDay + " - " + appointmentDay
				+ "))::text, count(*) from dossier d" + join + " where d.ward_code = :ward and d.status = 10 "
				+ "and d.completed_at >= :from and d.completed_at < :to group by 2 "
				+ "union all select 'action', h.action, count(*) from dossier_status_history h join dossier d on "
				+ "d.id = h.dossier_id" + join + " where d.ward_code = :ward and h.action in ('apologize', "
				+ "'request-supplement') and h.at >= :from and h.at < :to group by h.action "
				+ "union all select 'rating', r.rating, count(*) from dossier_rating r join dossier d on "
				+ "d.id = r.dossier_id" + join + " where d.ward_code = :ward and r.rated_at >= :from "
				+ "and r.rated_at < :to group by r.rating";
		GenericExecuteSpec spec = this.db.sql(sql)
			.bind("ward", query.ward())
			.bind("from", utc(query.startsAt()))
			.bind("to", utc(query.endsBefore()));
		return bindField(spec, query.field())
			.map(row -> new String[] { row.get("measure", String.class), row.get("key", String.class),
					String.valueOf(row.get("n", Long.class)) })
			.all()
			.collectList()
			.map(rows -> {
				Map<String, Long> received = new HashMap<>();
				Map<ReturnTimeliness, Long> returned = new EnumMap<>(ReturnTimeliness.class);
				Map<String, Long> actions = new HashMap<>();
				Map<String, Long> ratings = new HashMap<>();
				for (String[] row : rows) {
					long n = Long.parseLong(row[2]);
					switch (row[0]) {
						case "received" -> received.put(row[1], n);
						case "returned" -> returned.merge(ReturnTimeliness.ofDaysAfterAppointment(Long.parseLong(row[1])),
								n, Long::sum);
						case "action" -> actions.put(row[1], n);
						default -> ratings.put(row[1], n);
					}
				}
				return new PeriodCounts(received, returned, actions.getOrDefault("apologize", 0L),
						actions.getOrDefault("request-supplement", 0L), ratings);
			});
	}

	/**
	 * The dossiers received in the period, grouped as {@link Decision766} needs them. A dossier's clock ends at its
	 * first move into refused, withdrawn, stopped, result ready or returned (its completion time when the history has
	 * none); while it waits for a supplement it stands at the request; otherwise it runs until now. It is compared with
	 * the appointment as it stands, which a resumed supplement moved forward by the working time waited.
	 */
	Flux<ReceivedGroup> received766(StatisticsQuery query, Instant now) {
		String sql = "select p.field_code, p.field_name, d.channel = 'ONLINE' as online, coalesce(e.ended_at, "
				+ "d.completed_at, case when d.status = 5 then d.paused_at end, :now) <= d.due_at as ended_by_due, "
				+ "least(d.supplement_requests, 2)::int as supplements, coalesce(r.rating = 'NOT_SATISFIED', false) "
				+ "as not_satisfied, count(*) as n from dossier d join procedure p on p.code = d.procedure_code"
				+ query.field().map(f -> " and p.field_code = :field").orElse("")
				+ " left join dossier_rating r on r.dossier_id = d.id left join lateral (select min(h.at) as ended_at "
				+ "from dossier_status_history h where h.dossier_id = d.id and h.to_status in (3, 7, 8, 9, 10)) e on true "
				+ "where d.ward_code = :ward and d.received_at >= :from and d.received_at < :to group by 1, 2, 3, 4, 5, 6";
		GenericExecuteSpec spec = this.db.sql(sql)
			.bind("ward", query.ward())
			.bind("from", utc(query.startsAt()))
			.bind("to", utc(query.endsBefore()))
			.bind("now", utc(now));
		return bindField(spec, query.field())
			.map(row -> new ReceivedGroup(row.get("field_code", String.class), row.get("field_name", String.class),
					Boolean.TRUE.equals(row.get("online", Boolean.class)),
					Boolean.TRUE.equals(row.get("ended_by_due", Boolean.class)), row.get("supplements", Integer.class),
					Boolean.TRUE.equals(row.get("not_satisfied", Boolean.class)), row.get("n", Long.class)))
			.all();
	}

	private static String fieldJoin(Optional<String> field) {
		return field.isPresent() ? " join procedure p on p.code = d.procedure_code and p.field_code = :field" : "";
	}

	private static GenericExecuteSpec bindField(GenericExecuteSpec spec, Optional<String> field) {
		return field.isPresent() ? spec.bind("field", field.get()) : spec;
	}

	private static OpenCounts openCounts(Readable row) {
		return new OpenCounts(row.get("in_progress", Long.class), row.get("near_due", Long.class),
				row.get("overdue", Long.class));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
