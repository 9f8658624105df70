package vn.onestop.intake.queue.serving;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/** {@code queue_ticket.turn_notified_at}: whether a ticket's "almost your turn" event was written. */
@Repository
class TurnNearMarks {

	private final DatabaseClient db;

	TurnNearMarks(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * Marks a waiting ticket not yet marked; false when it was marked meanwhile or another transaction holds it (that
	 * one is calling it or acting on it; a ticket still due is marked by the next change).
	 */
	Mono<Boolean> mark(UUID ticketId, Instant at) {
		return this.db.sql("update queue_ticket set turn_notified_at = :at where id = (select id from queue_ticket "
				+ "where id = :id and turn_notified_at is null and status = 'WAITING' and phone is not null "
				+ "for update skip locked)")
			.bind("id", ticketId)
			.bind("at", at.atOffset(ZoneOffset.UTC))
			.fetch()
			.rowsUpdated()
			.map(updated -> updated > 0);
	}

}
