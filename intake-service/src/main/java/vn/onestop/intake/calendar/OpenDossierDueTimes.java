package vn.onestop.intake.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;

import vn.onestop.intake.calendar.DueTimeRecomputation.OpenDossier;
import vn.onestop.intake.calendar.DueTimeRecomputation.Recomputed;

/**
 * The open dossiers whose appointment a calendar year can move, a keyset batch at a time, and the
 * batch update of their appointments with its log (V7's due_time_recalculation) in one statement.
 * Open: not refused (3), withdrawn (7), stopped (8), result ready (9) or returned (10). Dossiers with
 * an apology keep the appointment promised in writing (form 04) and are not recomputed.
 */
@Repository
class OpenDossierDueTimes {

	private static final String OPEN = "d.status in (1, 2, 4, 5, 6)";

	private final DatabaseClient db;

	OpenDossierDueTimes(DatabaseClient db) {
		this.db = db;
	}

	/** Received before the year ends and due after it starts, ordered by id from after the given one. */
	Mono<List<OpenDossier>> batch(int year, Optional<UUID> after, int size) {
		String sql = "select d.id, d.version, d.ward_code, d.received_at, d.counting_starts_at, d.due_at, v.processing_amount, "
				+ "v.processing_unit, v.same_day_cutoff, cast(coalesce((select sum((h.details ->> 'pausedWorkingMinutes')::bigint) "
				+ "from dossier_status_history h where h.dossier_id = d.id "
				+ "and h.details ->> 'pausedWorkingMinutes' is not null), 0) as bigint) as paused_minutes from dossier d join procedure_version v on v.id = d.procedure_version_id where "
				+ OPEN + " and d.apologies = 0 and d.received_at < :end and d.due_at >= :start"
				+ after.map(id -> " and d.id > :after").orElse("") + " order by d.id limit :size";
		GenericExecuteSpec spec = this.db.sql(sql)
			.bind("start", startOf(year))
			.bind("end", startOf(year + 1))
			.bind("size", size);
		return (after.isPresent() ? spec.bind("after", after.get()) : spec).map(OpenDossierDueTimes::open)
			.all()
			.collectList();
	}

	/** Stores the changed appointments of dossiers nobody changed meanwhile; returns how many it stored. */
	Mono<Long> store(int year, List<Recomputed> changed, Instant now) {
		if (changed.isEmpty()) {
			return Mono.just(0L);
		}
		StringBuilder values = new StringBuilder();
		for (int i = 0; i < changed.size(); i++) {
			values.append(i == 0 ? "" : ", ")
				.append("(cast(:id").append(i).append(" as uuid), cast(:seen").append(i).append(" as bigint), cast(:oldStart")
				.append(i).append(" as timestamptz), cast(:start").append(i).append(" as timestamptz), cast(:oldDue")
				.append(i).append(" as timestamptz), cast(:due").append(i).append(" as timestamptz))");
		}
		GenericExecuteSpec spec = this.db.sql("with c (id, seen, old_start, start, old_due, due) as (values " + values
				+ "), updated as (update dossier d set due_at = c.due, counting_starts_at = c.start, version = d.version + 1 "
				+ "from c where d.id = c.id and d.version = c.seen returning d.id) "
				+ "insert into due_time_recalculation (dossier_id, calendar_year, previous_counting_starts_at, "
				+ "counting_starts_at, previous_due_at, due_at, recalculated_at) "
				+ "select c.id, :year, c.old_start, c.start, c.old_due, c.due, :now from c join updated u on u.id = c.id")
			.bind("year", year)
			.bind("now", utc(now));
		for (int i = 0; i < changed.size(); i++) {
			Recomputed one = changed.get(i);
			spec = spec.bind("id" + i, one.dossier().id())
				.bind("seen" + i, one.dossier().version())
				.bind("oldStart" + i, utc(one.dossier().countingStartsAt()))
				.bind("start" + i, utc(one.countingStartsAt()))
				.bind("oldDue" + i, utc(one.dossier().dueAt()))
				.bind("due" + i, utc(one.dueAt()));
		}
		return spec.fetch().rowsUpdated();
	}

	private static OpenDossier open(Readable row) {
		ProcessingTime time = new ProcessingTime(row.get("processing_amount", Integer.class),
				DueTimeUnit.valueOf(row.get("processing_unit", String.class)),
				Optional.ofNullable(row.get("same_day_cutoff", LocalTime.class)));
		return new OpenDossier(row.get("id", UUID.class), row.get("version", Long.class),
				row.get("received_at", OffsetDateTime.class).toInstant(),
				row.get("counting_starts_at", OffsetDateTime.class).toInstant(),
				row.get("due_at", OffsetDateTime.class).toInstant(), time, row.get("paused_minutes", Long.class),
				row.get("ward_code", String.class));
	}

	private static OffsetDateTime startOf(int year) {
		return LocalDate.of(year, 1, 1).atStartOfDay(WorkingCalendar.ZONE).toOffsetDateTime();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
