package vn.onestop.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

/** The SMS whose outcome is unknown, as {@link SettlingUnknownSms} claims and settles them. */
@Repository
class UnknownSmsRepository {

	private final DatabaseClient db;

	private final TransactionalOperator transaction;

	UnknownSmsRepository(DatabaseClient db, TransactionalOperator transaction) {
		this.db = db;
		this.transaction = transaction;
	}

	/**
	 * Takes up to {@code batch} UNKNOWN SMS that have been so for at least {@code wait} and are due to be
	 * asked about, and puts their next question off by as long as they have waited (at least {@code wait},
	 * at most {@code maxBackoff}): a doubling backoff, and a lease, so that another replica skips them and a
	 * question lost with its process is asked again then. {@code updated_at} is left alone: it keeps the
	 * moment the message became UNKNOWN, from which the wait is counted. Emits once the claim has committed.
	 */
	Mono<List<UUID>> claimDue(int batch, Instant now, Duration wait, Duration maxBackoff) {
		return this.db.sql("""
				update message m set next_attempt_at = :now
				    + least(greatest(:now - m.updated_at, :waitMillis * interval '1 millisecond'),
				            :maxBackoffMillis * interval '1 millisecond')
				where m.id in (select id from message where status = 'UNKNOWN' and channel = 'SMS'
				  and next_attempt_at <= :now and updated_at <= :askedFrom
				  order by next_attempt_at limit :batch for update skip locked)
				returning m.id""")
			.bind("now", now.atOffset(ZoneOffset.UTC))
			.bind("askedFrom", now.minus(wait).atOffset(ZoneOffset.UTC))
			.bind("waitMillis", wait.toMillis())
			.bind("maxBackoffMillis", maxBackoff.toMillis())
			.bind("batch", batch)
			.map(row -> row.get("id", UUID.class))
			.all()
			.as(this.transaction::transactional)
			.collectList();
	}

	/**
	 * Settles a message the provider answered for, if it is still UNKNOWN (a receipt may have settled it
	 * meanwhile): SENT, DELIVERED or PERMANENT_FAILURE, or TEMPORARY_FAILURE due at once when the provider
	 * never received it, for the dispatcher to send it. Emits whether it changed.
	 */
	Mono<Boolean> settle(UUID id, MessageStatus to, Instant now) {
		return this.db.sql("""
				update message set status = :to, updated_at = :now,
				  sent_at = case when :to = 'SENT' then :now else sent_at end,
				  next_attempt_at = case when :to = 'TEMPORARY_FAILURE' then :now else next_attempt_at end
				where id = :id and status = 'UNKNOWN'""")
			.bind("to", to.name())
			.bind("now", now.atOffset(ZoneOffset.UTC))
			.bind("id", id)
			.fetch()
			.rowsUpdated()
			.map(rows -> rows > 0);
	}

}
