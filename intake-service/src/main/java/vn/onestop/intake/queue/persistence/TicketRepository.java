package vn.onestop.intake.queue.persistence;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;

import vn.onestop.intake.dossier.DossierCode;
import vn.onestop.intake.queue.model.HistoryEntry;
import vn.onestop.intake.queue.model.Outcome;
import vn.onestop.intake.queue.model.PriorityGroup;
import vn.onestop.intake.queue.model.Ticket;
import vn.onestop.intake.queue.model.TicketAction;
import vn.onestop.intake.queue.model.TicketNumber;
import vn.onestop.intake.queue.model.TicketStatus;

/**
 * Tickets, their daily sequences and their append-only history ({@code queue_ticket}, {@code queue_sequence},
 * {@code queue_ticket_history} and {@code queue_ticket_dossier} of V16__walk_in_queue.sql). Every method runs in the
 * caller's transaction when there is one.
 */
@Repository
public class TicketRepository {

	/** The columns {@link #ticket(Readable)} reads, for a query over {@code queue_ticket t}. */
	public static final String COLUMNS = "t.id, t.ward_code, t.day, t.prefix, t.sequence, t.field, t.priority, "
			+ "t.taken_at, t.taken_via, t.taken_by, t.citizen_pid, t.phone, t.sms_consent, t.ahead_when_taken, "
			+ "t.turn_notified_at, t.status, t.counter, t.recalls, t.called_at, t.started_at, t.finished_at, "
			+ "t.outcome_kind, t.outcome_reason, t.idempotency_key, t.request_hash, t.updated_at, "
			+ "(select array_agg(d.dossier_code order by d.position) from queue_ticket_dossier d "
			+ "where d.ticket_id = t.id) as dossiers";

	private final DatabaseClient db;

	public TicketRepository(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * The next sequence of the prefix (the field's) today, or empty once {@code cap} numbers were given. The row stays
	 * locked until the caller's transaction ends, so concurrent takes of the field get consecutive numbers and a
	 * rolled-back take gives its number back.
	 */
	public Mono<Integer> nextSequence(String ward, String prefix, LocalDate day, int cap) {
		return this.db.sql("insert into queue_sequence (ward_code, prefix, day, last_given) values (:ward, :prefix, :day, 1) "
				+ "on conflict (ward_code, prefix, day) do update set last_given = queue_sequence.last_given + 1 "
				+ "where queue_sequence.last_given < :cap returning last_given")
			.bind("ward", ward)
			.bind("prefix", prefix)
			.bind("day", day)
			.bind("cap", cap)
			.map(row -> row.get("last_given", Integer.class))
			.one();
	}

	/** The prefix's last sequence given that day, 0 before its first ticket. */
	public Mono<Integer> lastGiven(String ward, String prefix, LocalDate day) {
		return this.db.sql("select last_given from queue_sequence where ward_code = :ward and prefix = :prefix "
				+ "and day = :day")
			.bind("ward", ward)
			.bind("prefix", prefix)
			.bind("day", day)
			.map(row -> row.get("last_given", Integer.class))
			.one()
			.defaultIfEmpty(0);
	}

	/** A ticket just taken and the first line of its history. */
	public Mono<StoredTicket> insert(StoredTicket stored, HistoryEntry taking, String actor) {
		Ticket ticket = stored.ticket();
		GenericExecuteSpec insert = this.db.sql("insert into queue_ticket (id, ward_code, day, prefix, sequence, field, "
				+ "priority, taken_at, taken_via, taken_by, citizen_pid, phone, sms_consent, ahead_when_taken, status, "
				+ "counter, recalls, idempotency_key, request_hash, updated_at) values (:id, :ward, :day, :prefix, "
				+ ":sequence, :field, :priority, :takenAt, :via, :by, :pid, :phone, :consent, :ahead, :status, :counter, "
				+ ":recalls, :key, :hash, :updatedAt)")
			.bind("id", stored.id())
			.bind("ward", stored.ward())
			.bind("day", ticket.day())
			.bind("prefix", ticket.number().prefix())
			.bind("sequence", ticket.number().sequence())
			.bind("field", ticket.field())
			.bind("takenAt", utc(ticket.takenAt()))
			.bind("via", stored.takenVia().name())
			.bind("by", stored.takenBy())
			.bind("consent", stored.smsConsent())
			.bind("ahead", stored.aheadWhenTaken())
			.bind("status", ticket.status().name())
			.bind("recalls", ticket.recalls())
			.bind("updatedAt", utc(stored.updatedAt()));
		insert = nullable(insert, "priority", ticket.priority() == null ? null : ticket.priority().name(), String.class);
		insert = nullable(insert, "pid", stored.citizenPid(), String.class);
		insert = nullable(insert, "phone", stored.phone(), String.class);
		insert = nullable(insert, "counter", ticket.counter(), Integer.class);
		insert = nullable(insert, "key", stored.idempotencyKey(), String.class);
		insert = nullable(insert, "hash", stored.requestHash(), String.class);
		return insert.then().then(appendHistory(stored, taking, actor)).thenReturn(stored);
	}

	/**
	 * Writes what the model or the serving changed: field, status, counter, recalls, the times, the outcome (and its
	 * dossiers), the phone (cleared or not) and the "almost your turn" mark.
	 */
	public Mono<Void> update(StoredTicket stored) {
		Ticket ticket = stored.ticket();
		GenericExecuteSpec update = this.db.sql("update queue_ticket set field = :field, status = :status, "
				+ "counter = :counter, recalls = :recalls, called_at = :calledAt, started_at = :startedAt, "
				+ "finished_at = :finishedAt, outcome_kind = :outcomeKind, outcome_reason = :outcomeReason, "
				+ "phone = :phone, sms_consent = :consent, turn_notified_at = :notifiedAt, updated_at = :updatedAt "
				+ "where id = :id")
			.bind("id", stored.id())
			.bind("field", ticket.field())
			.bind("status", ticket.status().name())
			.bind("recalls", ticket.recalls())
			.bind("consent", stored.smsConsent())
			.bind("updatedAt", utc(stored.updatedAt()));
		update = nullable(update, "counter", ticket.counter(), Integer.class);
		update = nullable(update, "calledAt", utc(stored.calledAt()), OffsetDateTime.class);
		update = nullable(update, "startedAt", utc(stored.startedAt()), OffsetDateTime.class);
		update = nullable(update, "finishedAt", utc(stored.finishedAt()), OffsetDateTime.class);
		update = nullable(update, "outcomeKind", outcomeKind(ticket.outcome()), String.class);
		update = nullable(update, "outcomeReason",
				ticket.outcome() instanceof Outcome.Refused refused ? refused.reason() : null, String.class);
		update = nullable(update, "phone", stored.phone(), String.class);
		update = nullable(update, "notifiedAt", utc(stored.turnNotifiedAt()), OffsetDateTime.class);
		Mono<Void> dossiers = ticket.outcome() instanceof Outcome.Filed filed ? Flux
			.range(0, filed.dossiers().size())
			.concatMap(position -> this.db
				.sql("insert into queue_ticket_dossier (ticket_id, position, dossier_code) values (:id, :position, :code) "
						+ "on conflict do nothing")
				.bind("id", stored.id())
				.bind("position", position.shortValue())
				.bind("code", filed.dossiers().get(position).value())
				.then())
			.then() : Mono.empty();
		return update.then().then(dossiers);
	}

	public Mono<Void> appendHistory(StoredTicket stored, HistoryEntry entry, String actor) {
		GenericExecuteSpec insert = this.db.sql("insert into queue_ticket_history (ticket_id, ward_code, day, "
				+ "from_status, to_status, action, at, counter, field, detail, actor) values (:ticket, :ward, :day, :from, "
				+ ":to, :action, :at, :counter, :field, :detail, :actor)")
			.bind("ticket", stored.id())
			.bind("ward", stored.ward())
			.bind("day", stored.ticket().day())
			.bind("to", entry.to().name())
			.bind("action", entry.action().name())
			.bind("at", utc(entry.at()))
			.bind("field", entry.field());
		insert = nullable(insert, "from", entry.from() == null ? null : entry.from().name(), String.class);
		insert = nullable(insert, "counter", entry.counter(), Integer.class);
		insert = nullable(insert, "detail", entry.detail(), String.class);
		return nullable(insert, "actor", actor, String.class).then();
	}

	public Flux<HistoryLine> history(UUID ticketId) {
		return this.db.sql("select id, from_status, to_status, action, at, counter, field, detail, actor "
				+ "from queue_ticket_history where ticket_id = :ticket order by id")
			.bind("ticket", ticketId)
			.map(row -> {
				String from = row.get("from_status", String.class);
				return new HistoryLine(row.get("id", Long.class),
						new HistoryEntry(from == null ? null : TicketStatus.valueOf(from),
								TicketStatus.valueOf(row.get("to_status", String.class)),
								TicketAction.valueOf(row.get("action", String.class)), instant(row, "at"),
								row.get("counter", Integer.class), row.get("field", String.class),
								row.get("detail", String.class)),
						row.get("actor", String.class));
			})
			.all();
	}

	/** Today's (or that day's) ticket of the ward by the number on its slip. */
	public Mono<StoredTicket> find(String ward, LocalDate day, TicketNumber number) {
		return this.db.sql("select " + COLUMNS + " from queue_ticket t where t.ward_code = :ward and t.day = :day "
				+ "and t.prefix = :prefix and t.sequence = :sequence")
			.bind("ward", ward)
			.bind("day", day)
			.bind("prefix", number.prefix())
			.bind("sequence", number.sequence())
			.map(TicketRepository::ticket)
			.one();
	}

	public Mono<StoredTicket> findById(UUID id) {
		return this.db.sql("select " + COLUMNS + " from queue_ticket t where t.id = :id")
			.bind("id", id)
			.map(TicketRepository::ticket)
			.one();
	}

	/** The ticket a take with this Idempotency-Key gave in the ward, if any. */
	public Mono<StoredTicket> findByKey(String ward, String idempotencyKey) {
		return this.db.sql("select " + COLUMNS + " from queue_ticket t where t.ward_code = :ward "
				+ "and t.idempotency_key = :key")
			.bind("ward", ward)
			.bind("key", idempotencyKey)
			.map(TicketRepository::ticket)
			.one();
	}

	/** The ward's tickets of the day with one of these statuses (all of them when none is given), by number. */
	public Flux<StoredTicket> list(String ward, LocalDate day, Collection<TicketStatus> statuses) {
		List<String> names = statuses.stream().map(TicketStatus::name).toList();
		GenericExecuteSpec select = this.db.sql("select " + COLUMNS + " from queue_ticket t where t.ward_code = :ward "
				+ "and t.day = :day" + (names.isEmpty() ? "" : " and t.status = any(:statuses)")
				+ " order by t.prefix, t.sequence")
			.bind("ward", ward)
			.bind("day", day);
		if (!names.isEmpty()) {
			select = select.bind("statuses", names.toArray(String[]::new));
		}
		return select.map(TicketRepository::ticket).all();
	}

	/** The tickets a citizen took online in the ward that day. */
	public Flux<StoredTicket> ofCitizen(String ward, LocalDate day, String citizenPid) {
		return this.db.sql("select " + COLUMNS + " from queue_ticket t where t.citizen_pid = :pid and t.day = :day "
				+ "and t.ward_code = :ward order by t.taken_at, t.prefix, t.sequence")
			.bind("pid", citizenPid)
			.bind("day", day)
			.bind("ward", ward)
			.map(TicketRepository::ticket)
			.all();
	}

	/** The services finished in the field that day, start to finish: what the wait estimate takes its median of. */
	public Flux<Duration> serviceTimes(String ward, LocalDate day, String field) {
		return this.db.sql("select started_at, finished_at from queue_ticket where ward_code = :ward and day = :day "
				+ "and field = :field and status = 'DONE' and started_at is not null and finished_at is not null")
			.bind("ward", ward)
			.bind("day", day)
			.bind("field", field)
			.map(row -> Duration.between(instant(row, "started_at"), instant(row, "finished_at")))
			.all();
	}

	/** A row of a query selecting {@link #COLUMNS}. */
	public static StoredTicket ticket(Readable row) {
		String priority = row.get("priority", String.class);
		TicketStatus status = TicketStatus.valueOf(row.get("status", String.class));
		Ticket ticket = new Ticket(row.get("day", LocalDate.class),
				new TicketNumber(row.get("prefix", String.class), row.get("sequence", Integer.class)),
				row.get("field", String.class), priority == null ? null : PriorityGroup.valueOf(priority),
				instant(row, "taken_at"), status, row.get("counter", Integer.class), row.get("recalls", Integer.class),
				outcome(row));
		return new StoredTicket(row.get("id", UUID.class), row.get("ward_code", String.class), ticket,
				TakenVia.valueOf(row.get("taken_via", String.class)), row.get("taken_by", String.class),
				row.get("citizen_pid", String.class), row.get("phone", String.class),
				row.get("sms_consent", Boolean.class), row.get("ahead_when_taken", Integer.class),
				instant(row, "turn_notified_at"), instant(row, "called_at"), instant(row, "started_at"),
				instant(row, "finished_at"), row.get("idempotency_key", String.class),
				row.get("request_hash", String.class), instant(row, "updated_at"));
	}

	private static Outcome outcome(Readable row) {
		String kind = row.get("outcome_kind", String.class);
		if (kind == null) {
			return null;
		}
		return switch (kind) {
			case "FILED" -> {
				String[] codes = row.get("dossiers", String[].class);
				yield new Outcome.Filed(Arrays.stream(codes == null ? new String[0] : codes)
					.map(code -> DossierCode.parse(code).orElseThrow())
					.toList());
			}
			case "GUIDANCE" -> new Outcome.Guidance();
			case "REFUSED" -> new Outcome.Refused(row.get("outcome_reason", String.class));
			default -> throw new IllegalStateException("Unknown outcome " + kind);
		};
	}

	private static String outcomeKind(Outcome outcome) {
		if (outcome == null) {
			return null;
		}
		if (outcome instanceof Outcome.Filed) {
			return "FILED";
		}
		return outcome instanceof Outcome.Refused ? "REFUSED" : "GUIDANCE";
	}

	static Instant instant(Readable row, String column) {
		OffsetDateTime value = row.get(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	static <T> GenericExecuteSpec nullable(GenericExecuteSpec spec, String name, T value, Class<T> type) {
		return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
	}

}
