package vn.onestop.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import io.r2dbc.spi.Readable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import vn.onestop.notification.channel.Channel;
import vn.onestop.notification.pacing.Pacing;
import vn.onestop.notification.pacing.SmsBudgetUsage;

/** Messages and their attempts, from V3__messages.sql and V4__pacing_and_latency.sql. */
@Repository
class MessageRepository {

	private static final String FILTERED = "from message where ward_code = any(:wards) "
			+ "and (:dossier = '' or dossier_code = :dossier) and (:status = '' or status = :status) ";

	private final DatabaseClient db;

	private final TransactionalOperator transaction;

	private final SmsBudgetUsage smsUsage;

	private final Pacing pacing;

	private final Clock clock;

	MessageRepository(DatabaseClient db, TransactionalOperator transaction, SmsBudgetUsage smsUsage, Pacing pacing,
			ObjectProvider<Clock> clock) {
		this.db = db;
		this.transaction = transaction;
		this.smsUsage = smsUsage;
		this.pacing = pacing;
		this.clock = clock.getIfAvailable(() -> Clock.system(ZoneId.of("Asia/Ho_Chi_Minh")));
	}

	/** Empty when the event already yielded a message from this template. */
	Mono<Message> insert(Message message) {
		DatabaseClient.GenericExecuteSpec insert = this.db.sql("insert into message (id, event_id, event_type, "
				+ "dossier_code, ward_code, channel, recipient, template_id, template_version, subject, body, status, attempts, "
				+ "next_attempt_at, created_at, updated_at, urgent, event_occurred_at) values (:id, :eventId, :eventType, "
				+ ":dossierCode, :wardCode, :channel, :recipient, :templateId, :templateVersion, :subject, :body, :status, 0, "
				+ ":nextAttemptAt, :createdAt, :createdAt, :urgent, :eventOccurredAt) "
				+ "on conflict (event_id, template_id) where event_id is not null do nothing")
			.bind("id", message.id())
			.bind("eventType", message.eventType())
			.bind("dossierCode", message.dossierCode())
			.bind("wardCode", message.wardCode())
			.bind("channel", message.channel().name())
			.bind("recipient", message.recipient())
			.bind("templateId", message.templateId())
			.bind("templateVersion", message.templateVersion())
			.bind("body", message.body())
			.bind("status", message.status().name())
			.bind("nextAttemptAt", utc(message.nextAttemptAt()))
			.bind("createdAt", utc(message.createdAt()))
			.bind("urgent", message.urgent());
		insert = Nullable.bind(insert, "eventId", message.eventId(), UUID.class);
		insert = Nullable.bind(insert, "eventOccurredAt",
				message.eventOccurredAt() == null ? null : utc(message.eventOccurredAt()), OffsetDateTime.class);
		insert = Nullable.bind(insert, "subject", message.subject(), String.class);
		return insert.fetch().rowsUpdated().filter(rows -> rows > 0).map(rows -> message);
	}

	/**
	 * Takes up to {@code batch} due messages for this dispatcher: rows another dispatcher holds are
	 * skipped, and a claim is a lease, so a message whose dispatcher died is taken again after it.
	 */
	Flux<Message> claimDue(int batch, Instant now, Instant leaseUntil) {
		return this.db.sql("update message set status = 'SENDING', next_attempt_at = :leaseUntil, updated_at = :now "
				+ "where id in (select id from message where status in ('CREATED', 'TEMPORARY_FAILURE', 'SENDING') "
				+ "and next_attempt_at <= :now order by next_attempt_at limit :batch for update skip locked) returning *")
			.bind("leaseUntil", utc(leaseUntil))
			.bind("now", utc(now))
			.bind("batch", batch)
			.map(MessageRepository::message)
			.all();
	}

	/**
	 * Stores the decision and its attempt together, and for a sent SMS adds its segments to the ward's
	 * usage of the day; nothing when another dispatcher took the message over.
	 */
	Mono<Boolean> record(Message message, DeliveryRules.Decision decision) {
		Instant now = this.clock.instant();
		DatabaseClient.GenericExecuteSpec update = this.db
			.sql("update message set status = :status, attempts = :attempts, next_attempt_at = :nextAttemptAt, "
					+ "provider = coalesce(:provider, provider), provider_message_id = coalesce(:providerMessageId, provider_message_id), "
					+ "sent_at = case when :status = 'SENT' then :now else sent_at end, updated_at = :now "
					+ "where id = :id and status = 'SENDING' and attempts = :attemptsBefore")
			.bind("status", decision.status().name())
			.bind("attempts", decision.attempts())
			.bind("nextAttemptAt", utc(decision.nextAttemptAt()))
			.bind("now", utc(now))
			.bind("id", message.id())
			.bind("attemptsBefore", message.attempts());
		update = Nullable.bind(update, "provider", decision.provider(), String.class);
		update = Nullable.bind(update, "providerMessageId", decision.providerMessageId(), String.class);
		Mono<Boolean> store = update.fetch().rowsUpdated().flatMap(rows -> {
			if (rows == 0) {
				return Mono.just(false);
			}
			Mono<Boolean> attempt = decision.attempt() == null ? Mono.just(true)
					: insertAttempt(message.id(), decision.attempt());
			return decision.status() == MessageStatus.SENT && message.channel() == Channel.SMS
					? attempt.then(this.smsUsage.add(message.wardCode(), this.pacing.dayOf(now), message.smsSegments()))
						.thenReturn(true)
					: attempt;
		});
		return this.transaction.transactional(store);
	}

	private Mono<Boolean> insertAttempt(UUID messageId, Attempt attempt) {
		return Nullable.bind(this.db
			.sql("insert into message_attempt (message_id, number, attempted_at, outcome, error_class) "
					+ "values (:messageId, :number, :at, :outcome, :errorClass)")
			.bind("messageId", messageId)
			.bind("number", attempt.number())
			.bind("at", utc(attempt.at()))
			.bind("outcome", attempt.outcome().name()), "errorClass", attempt.errorClass(), String.class)
			.fetch()
			.rowsUpdated()
			.thenReturn(true);
	}

	Mono<Message> find(UUID id) {
		return this.db.sql("select * from message where id = :id").bind("id", id).map(MessageRepository::message).one();
	}

	Mono<Message> findByProviderId(String provider, String providerMessageId) {
		return this.db.sql("select * from message where provider = :provider and provider_message_id = :providerMessageId "
				+ "order by sent_at desc nulls last limit 1")
			.bind("provider", provider)
			.bind("providerMessageId", providerMessageId)
			.map(MessageRepository::message)
			.one();
	}

	/** Applies a receipt if the message is still in the state it was read in. */
	Mono<Boolean> changeStatus(Message message, MessageStatus to) {
		return this.db.sql("update message set status = :to, updated_at = now() where id = :id and status = :from")
			.bind("to", to.name())
			.bind("id", message.id())
			.bind("from", message.status().name())
			.fetch()
			.rowsUpdated()
			.map(rows -> rows > 0);
	}

	Flux<Attempt> attempts(UUID messageId) {
		return this.db.sql("select * from message_attempt where message_id = :id order by number")
			.bind("id", messageId)
			.map(row -> new Attempt(row.get("number", Integer.class), instant(row, "attempted_at"),
					Attempt.AttemptOutcome.valueOf(row.get("outcome", String.class)), row.get("error_class", String.class)))
			.all();
	}

	/** Messages of some wards, optionally of one dossier and in one state. */
	record Filter(Set<String> wards, String dossierCode, MessageStatus status) {

		Filter {
			wards = Set.copyOf(wards);
		}

		static Filter of(String wardCode, String dossierCode) {
			return new Filter(Set.of(wardCode), dossierCode, null);
		}

		private DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec) {
			return spec.bind("wards", this.wards.toArray(String[]::new))
				.bind("dossier", this.dossierCode == null ? "" : this.dossierCode)
				.bind("status", this.status == null ? "" : this.status.name());
		}

	}

	Flux<Message> search(Filter filter, int page, int size) {
		return filter.bind(this.db.sql("select * " + FILTERED + "order by created_at desc, id limit :size offset :offset"))
			.bind("size", size)
			.bind("offset", (long) page * size)
			.map(MessageRepository::message)
			.all();
	}

	Mono<Long> count(Filter filter) {
		return filter.bind(this.db.sql("select count(*) as total " + FILTERED))
			.map(row -> row.get("total", Long.class))
			.one();
	}

	private static Message message(Readable row) {
		return new Message(row.get("id", UUID.class), row.get("event_id", UUID.class), row.get("event_type", String.class),
				row.get("dossier_code", String.class), row.get("ward_code", String.class),
				Channel.valueOf(row.get("channel", String.class)), row.get("recipient", String.class),
				row.get("template_id", String.class), row.get("template_version", Integer.class),
				row.get("subject", String.class), row.get("body", String.class),
				MessageStatus.valueOf(row.get("status", String.class)), row.get("attempts", Integer.class),
				instant(row, "next_attempt_at"), row.get("provider", String.class),
				row.get("provider_message_id", String.class), instant(row, "created_at"), instant(row, "sent_at"),
				row.get("urgent", Boolean.class), instant(row, "event_occurred_at"));
	}

	private static Instant instant(Readable row, String column) {
		OffsetDateTime value = row.get(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static final class Nullable {

		static <T> DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, String name, T value,
				Class<T> type) {
			return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
		}

	}

}
