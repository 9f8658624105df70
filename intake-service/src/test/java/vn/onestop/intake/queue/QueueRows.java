package vn.onestop.intake.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/**
 * Writes queue rows straight into the database, as the serving (call, start, finish) would: the tests of reading,
 * the board and the statistics need tickets at known times without the serving's endpoints.
 */
public final class QueueRows {

	private final DatabaseClient db;

	public QueueRows(DatabaseClient db) {
		this.db = db;
	}

	/** A ticket with the given times (null: not reached); its taking goes into the history. */
	public UUID ticket(String ward, LocalDate day, String number, String field, String status, Integer counter,
			Instant takenAt, Instant calledAt, Instant startedAt, Instant finishedAt) {
		UUID id = UUID.randomUUID();
		String prefix = number.replaceAll("\\d", "");
		int sequence = Integer.parseInt(number.replaceAll("\\D", ""));
		GenericExecuteSpec insert = this.db.sql("insert into queue_ticket (id, ward_code, day, prefix, sequence, field, "
				+ "taken_at, taken_via, taken_by, ahead_when_taken, status, counter, called_at, started_at, finished_at, "
				+ "outcome_kind, updated_at) values (:id, :ward, :day, :prefix, :sequence, :field, :takenAt, 'KIOSK', "
				+ "'kiosk', 0, :status, :counter, :calledAt, :startedAt, :finishedAt, :outcome, :takenAt)")
			.bind("id", id)
			.bind("ward", ward)
			.bind("day", day)
			.bind("prefix", prefix)
			.bind("sequence", sequence)
			.bind("field", field)
			.bind("takenAt", takenAt.atOffset(ZoneOffset.UTC))
			.bind("status", status);
		insert = counter == null ? insert.bindNull("counter", Integer.class) : insert.bind("counter", counter);
		insert = time(insert, "calledAt", calledAt);
		insert = time(insert, "startedAt", startedAt);
		insert = time(insert, "finishedAt", finishedAt);
		insert = "DONE".equals(status) ? insert.bind("outcome", "GUIDANCE") : insert.bindNull("outcome", String.class);
		insert.then().block();
		history(id, ward, day, null, "WAITING", "TAKE", takenAt, null, field);
		return id;
	}

	/** Called (or recalled) to a counter at that time: the ticket's row and its history line. */
	public void call(String ward, LocalDate day, String number, int counter, Instant at, boolean recall) {
		UUID id = this.db.sql("update queue_ticket set status = 'CALLED', counter = :counter, called_at = :at, "
				+ "updated_at = :at where ward_code = :ward and day = :day and prefix = :prefix and sequence = :sequence "
				+ "returning id, field")
			.bind("counter", counter)
			.bind("at", at.atOffset(ZoneOffset.UTC))
			.bind("ward", ward)
			.bind("day", day)
			.bind("prefix", number.replaceAll("\\d", ""))
			.bind("sequence", Integer.parseInt(number.replaceAll("\\D", "")))
			.map(row -> row.get("id", UUID.class))
			.one()
			.block();
		String field = this.db.sql("select field from queue_ticket where id = :id").bind("id", id)
			.map(row -> row.get("field", String.class)).one().block();
		history(id, ward, day, recall ? "CALLED" : "WAITING", "CALLED", recall ? "RECALL" : "CALL", at, counter, field);
	}

	private void history(UUID id, String ward, LocalDate day, String from, String to, String action, Instant at,
			Integer counter, String field) {
		GenericExecuteSpec insert = this.db.sql("insert into queue_ticket_history (ticket_id, ward_code, day, from_status, "
				+ "to_status, action, at, counter, field, actor) values (:id, :ward, :day, :from, :to, :action, :at, "
				+ ":counter, :field, 'test')")
			.bind("id", id)
			.bind("ward", ward)
			.bind("day", day)
			.bind("to", to)
			.bind("action", action)
			.bind("at", at.atOffset(ZoneOffset.UTC))
			.bind("field", field);
		insert = from == null ? insert.bindNull("from", String.class) : insert.bind("from", from);
		insert = counter == null ? insert.bindNull("counter", Integer.class) : insert.bind("counter", counter);
		insert.then().block();
	}

	private static GenericExecuteSpec time(GenericExecuteSpec spec, String name, Instant value) {
		return value == null ? spec.bindNull(name, java.time.OffsetDateTime.class)
				: spec.bind(name, value.atOffset(ZoneOffset.UTC));
	}

}
