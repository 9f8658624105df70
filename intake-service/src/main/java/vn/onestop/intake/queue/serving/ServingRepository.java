package vn.onestop.intake.queue.serving;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;

import vn.onestop.intake.queue.model.OrderingPolicy;
import vn.onestop.intake.queue.model.Outcome;
import vn.onestop.intake.queue.model.Ticket;
import vn.onestop.intake.queue.persistence.StoredTicket;
import vn.onestop.intake.queue.persistence.TicketRepository;

/**
 * The statements of serving that {@link TicketRepository} does not have: the locks and reads of "call next" and the
 * change of a ticket under an optimistic check. Every method runs in the caller's transaction.
 */
@Repository
class ServingRepository {

	private final DatabaseClient db;

	ServingRepository(DatabaseClient db) {
		this.db = db;
	}

	/** Holds the counter until the transaction ends, so one counter's calls run one after the other. */
	Mono<Void> lockCounter(String ward, int counter) {
		return this.db.sql("select pg_advisory_xact_lock(hashtext('queue-counter'), hashtext(:key))")
			.bind("key", ward + "/" + counter)
			.then();
	}

	/** The tickets of the day the counter still holds: called or being served. */
	Flux<StoredTicket> heldBy(String ward, LocalDate day, int counter) {
		return this.db.sql("select " + TicketRepository.COLUMNS + " from queue_ticket t where t.ward_code = :ward "
				+ "and t.day = :day and t.counter = :counter and t.status in ('CALLED', 'SERVING')")
			.bind("ward", ward)
			.bind("day", day)
			.bind("counter", counter)
			.map(TicketRepository::ticket)
			.all();
	}

	/**
	 * The first waiting ticket of these fields in the policy's order (docs/queue.md, "Ordering"), locked until the
	 * transaction ends. A ticket another transaction holds is skipped: that one is being called or acted on, so two
	 * counters calling at once never get the same ticket.
	 */
	Mono<StoredTicket> firstWaiting(String ward, LocalDate day, Collection<String> fields, OrderingPolicy policy) {
		String ranked = policy.kind() == OrderingPolicy.Kind.BALANCED
				? "t.taken_at - case when t.priority is null then interval '0' else make_interval(mins => :head) end, "
				: "";
		GenericExecuteSpec select = this.db.sql("select " + TicketRepository.COLUMNS + " from queue_ticket t "
				+ "where t.ward_code = :ward and t.day = :day and t.status = 'WAITING' and t.field = any(:fields) "
				+ "order by " + ranked + "(t.priority is null), t.taken_at, t.prefix collate \"C\", t.sequence "
				+ "limit 1 for update of t skip locked")
			.bind("ward", ward)
			.bind("day", day)
			.bind("fields", fields.toArray(String[]::new));
		if (!ranked.isEmpty()) {
			select = select.bind("head", (int) policy.priorityHeadStart().toMinutes());
		}
		return select.map(TicketRepository::ticket).one();
	}

	/** The waiting tickets of a field that day, for counting people ahead. */
	Flux<StoredTicket> waiting(String ward, LocalDate day, String field) {
		return this.db.sql("select " + TicketRepository.COLUMNS + " from queue_ticket t where t.ward_code = :ward "
				+ "and t.day = :day and t.field = :field and t.status = 'WAITING'")
			.bind("ward", ward)
			.bind("day", day)
			.bind("field", field)
			.map(TicketRepository::ticket)
			.all();
	}

	/**
	 * Writes the ticket's new state if it is still as {@code before} was read: false when another change came first,
	 * so two clicks at once do not both apply. A ticket that ends loses its phone number.
	 */
	Mono<Boolean> changeIfUnchanged(StoredTicket before, StoredTicket after) {
		Ticket seen = before.ticket();
		Ticket ticket = after.ticket();
		GenericExecuteSpec update = this.db.sql("update queue_ticket set field = :field, status = :status, "
				+ "counter = :counter, recalls = :recalls, called_at = :calledAt, started_at = :startedAt, "
				+ "finished_at = :finishedAt, outcome_kind = :outcomeKind, outcome_reason = :outcomeReason, "
				+ "phone = case when :ends then null else phone end, updated_at = :updatedAt "
				+ "where id = :id and status = :seenStatus and field = :seenField and recalls = :seenRecalls "
				+ "and counter is not distinct from :seenCounter and updated_at = :seenUpdatedAt")
			.bind("id", after.id())
			.bind("field", ticket.field())
			.bind("status", ticket.status().name())
			.bind("recalls", ticket.recalls())
			.bind("ends", ticket.status().isFinal())
			.bind("updatedAt", utc(after.updatedAt()))
			.bind("seenStatus", seen.status().name())
			.bind("seenField", seen.field())
			.bind("seenRecalls", seen.recalls())
			.bind("seenUpdatedAt", utc(before.updatedAt()));
		update = nullable(update, "counter", ticket.counter(), Integer.class);
		update = nullable(update, "seenCounter", seen.counter(), Integer.class);
		update = nullable(update, "calledAt", utc(after.calledAt()), OffsetDateTime.class);
		update = nullable(update, "startedAt", utc(after.startedAt()), OffsetDateTime.class);
		update = nullable(update, "finishedAt", utc(after.finishedAt()), OffsetDateTime.class);
		update = nullable(update, "outcomeKind", outcomeKind(ticket.outcome()), String.class);
		update = nullable(update, "outcomeReason",
				ticket.outcome() instanceof Outcome.Refused refused ? refused.reason() : null, String.class);
		return update.fetch().rowsUpdated().map(updated -> updated > 0);
	}

	/** The dossiers a ticket finished as FILED ended with, in the order given. */
	Mono<Void> recordDossiers(StoredTicket ticket) {
		if (!(ticket.ticket().outcome() instanceof Outcome.Filed filed)) {
			return Mono.empty();
		}
		return Flux.range(0, filed.dossiers().size())
			.concatMap(position -> this.db
				.sql("insert into queue_ticket_dossier (ticket_id, position, dossier_code) values (:id, :position, :code)")
				.bind("id", ticket.id())
				.bind("position", position.shortValue())
				.bind("code", filed.dossiers().get(position).value())
				.then())
			.then();
	}

	static String outcomeKind(Outcome outcome) {
		if (outcome == null) {
			return null;
		}
		if (outcome instanceof Outcome.Filed) {
			return "FILED";
		}
		return outcome instanceof Outcome.Refused ? "REFUSED" : "GUIDANCE";
	}

	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	static <T> GenericExecuteSpec nullable(GenericExecuteSpec spec, String name, T value, Class<T> type) {
		return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
	}

}
