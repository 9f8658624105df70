package vn.onestop.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.r2dbc.spi.Readable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import vn.onestop.notification.channel.Channel;
import vn.onestop.notification.pacing.Pacing;

/** Messages and their attempts, from V3__messages.sql and V4__pacing_and_latency.sql, and the SMS usage they add to. */
@Repository
class MessageRepository {

	private static final String FILTERED = "from message where ward_code = any(:wards) "
			+ "and (:dossier = '' or dossier_code = :dossier) and (:status = '' or status = :status) ";

	// Empty strings stand for "none" in the arrays. The usage rows are upserted in ward order, so that
	// two dispatchers recording the same wards at once lock them in the same order.
	private static final String RECORD = """
			with decided as (
			  select * from unnest(:ids::uuid[], :attemptsBefore::int[], :statuses::text[], :attempts::int[],
			    :nextAttemptAt::timestamptz[], :providers::text[], :providerIds::text[], :outcomes::text[],
			    :attemptedAt::timestamptz[], :errorClasses::text[], :smsWards::text[], :smsSegments::int[])
			    as d(id, attempts_before, status, attempts, next_attempt_at, provider, provider_message_id, outcome,
			      attempted_at, error_class, sms_ward, sms_segments)
			), stored as (
			  update message m set status = d.status, attempts = d.attempts, next_attempt_at = d.next_attempt_at,
			    provider = coalesce(nullif(d.provider, ''), m.provider),
			    provider_message_id = coalesce(nullif(d.provider_message_id, ''), m.provider_message_id),
			    sent_at = case when d.status = 'SENT' then :now else m.sent_at end, updated_at = :now
			  from decided d
			  where m.id = d.id and m.status = 'SENDING' and m.attempts = d.attempts_before
			  returning m.id
			), attempt as (
			  insert into message_attempt (message_id, number, attempted_at, outcome, error_class)
			  select d.id, d.attempts, d.attempted_at, d.outcome, nullif(d.error_class, '')
			  from decided d join stored s on s.id = d.id where d.outcome <> ''
			  on conflict (message_id, number) do update set outcome = excluded.outcome, error_class = excluded.error_class
			), not_tried as (
			  delete from message_attempt a using decided d join stored s on s.id = d.id
			  where a.message_id = d.id and a.number = d.attempts_before + 1 and a.outcome = 'IN_FLIGHT' and d.outcome = ''
			), usage as (
			  insert into sms_budget_usage (ward_code, day, segments)
			  select d.sms_ward, :day, sum(d.sms_segments) from decided d join stored s on s.id = d.id
			  where d.sms_ward <> '' group by d.sms_ward order by d.sms_ward
			  on conflict (ward_code, day) do update set segments = sms_budget_usage.segments + excluded.segments
			)
			select id from stored""";

	private final DatabaseClient db;

	private final TransactionalOperator transaction;

	private final Pacing pacing;

	private final Clock clock;

	MessageRepository(DatabaseClient db, TransactionalOperator transaction, Pacing pacing, ObjectProvider<Clock> clock) {
		this.db = db;
		this.transaction = transaction;
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
	 * <p>
	 * Emits once the claim has committed. PostgreSQL sends the first rows of a large answer before the
	 * statement's commit; a message sent and recorded in that gap was recorded by a statement that still
	 * saw it waiting, matched nothing, and stayed SENDING until its lease ran out (then went out again).
	 */
	Mono<List<Message>> claimDue(int batch, Instant now, Instant leaseUntil) {
		return this.db.sql("update message set status = 'SENDING', next_attempt_at = :leaseUntil, updated_at = :now "
				+ "where id in (select m.id from message m where m.status in ('CREATED', 'TEMPORARY_FAILURE', 'SENDING') "
				+ "and m.next_attempt_at <= :now and not " + IN_FLIGHT
				+ " order by m.next_attempt_at limit :batch for update skip locked) returning *")
			.bind("leaseUntil", utc(leaseUntil))
			.bind("now", utc(now))
			.bind("batch", batch)
			.map(MessageRepository::message)
			.all()
			.as(this.transaction::transactional)
			.collectList()
			.flatMap(claimed -> settleAbandoned(now).thenReturn(claimed));
	}

	private static final String IN_FLIGHT = "exists (select 1 from message_attempt a where a.message_id = m.id "
			+ "and a.number = m.attempts + 1 and a.outcome = 'IN_FLIGHT')";

	/**
	 * A message whose lease ran out while its attempt was in flight (its dispatcher died, or never heard
	 * back) may have reached the provider. An SMS becomes UNKNOWN, for its receipt to settle, and is not
	 * sent again. An e-mail has no receipt and SMTP no way to ask: it is sent again, with the same
	 * Message-ID ({@code channel.StableMessageId}), so that a copy the server had already taken is
	 * recognised by the mail systems instead of lost. Its abandoned attempt stays UNKNOWN in the history.
	 */
	Mono<Long> settleAbandoned(Instant now) {
		return this.db.sql("""
				with abandoned as (
				  update message m set status = case when m.channel = 'SMS' then 'UNKNOWN' else 'TEMPORARY_FAILURE' end,
				    attempts = m.attempts + 1, next_attempt_at = case when m.channel = 'SMS' then m.next_attempt_at else :now end,
				    updated_at = :now
				  where m.id in (select m.id from message m where m.status = 'SENDING' and m.next_attempt_at <= :now
				    and %s for update skip locked)
				  returning m.id, m.attempts
				), attempt as (
				  update message_attempt a set outcome = 'UNKNOWN', error_class = 'Abandoned'
				  from abandoned b where a.message_id = b.id and a.number = b.attempts
				)
				select count(*) as settled from abandoned""".formatted(IN_FLIGHT))
			.bind("now", utc(now))
			.map(row -> row.get("settled", Long.class))
			.one();
	}

	/**
	 * Stores an attempt as in flight, committed before the provider is called, if this dispatcher
	 * still holds the message's lease. Emits whether it did; without it the message must not be sent.
	 */
	Mono<Boolean> startAttempt(Message claimed, String provider, Instant now) {
		return this.db.sql("""
				with mine as (
				  update message set provider = :provider, updated_at = :now
				  where id = :id and status = 'SENDING' and attempts = :attempts and next_attempt_at = :lease
				    and next_attempt_at > :now
				  returning id
				)
				insert into message_attempt (message_id, number, attempted_at, outcome)
				select id, :attempts + 1, :now, 'IN_FLIGHT' from mine""")
			.bind("provider", provider)
			.bind("now", utc(now))
			.bind("id", claimed.id())
			.bind("attempts", claimed.attempts())
			.bind("lease", utc(claimed.nextAttemptAt()))
			.fetch()
			.rowsUpdated()
			.map(rows -> rows > 0);
	}

	/**
	 * Stores the decisions of a part of a round in one statement: each message's new state, its attempt,
	 * and for the SMS sent the segments they add to their wards' usage of the day. A message another
	 * dispatcher took over (its lease ran out) is left alone. Emits the ids stored.
	 */
	Mono<Set<UUID>> record(List<Decided> decided) {
		if (decided.isEmpty()) {
			return Mono.just(Set.of());
		}
		Instant now = this.clock.instant();
		int size = decided.size();
		UUID[] ids = new UUID[size];
		Integer[] attemptsBefore = new Integer[size];
		String[] statuses = new String[size];
		Integer[] attempts = new Integer[size];
		String[] nextAttemptAt = new String[size];
		String[] providers = new String[size];
		String[] providerIds = new String[size];
		String[] outcomes = new String[size];
		String[] attemptedAt = new String[size];
		String[] errorClasses = new String[size];
		String[] smsWards = new String[size];
		Integer[] smsSegments = new Integer[size];
		for (int i = 0; i < size; i++) {
			Message message = decided.get(i).message();
			DeliveryRules.Decision decision = decided.get(i).decision();
			boolean smsSent = decision.status() == MessageStatus.SENT && message.channel() == Channel.SMS;
			ids[i] = message.id();
			attemptsBefore[i] = message.attempts();
			statuses[i] = decision.status().name();
			attempts[i] = decision.attempts();
			nextAttemptAt[i] = decision.nextAttemptAt().toString();
			providers[i] = orEmpty(decision.provider());
			providerIds[i] = orEmpty(decision.providerMessageId());
			outcomes[i] = decision.attempt() == null ? "" : decision.attempt().outcome().name();
			attemptedAt[i] = (decision.attempt() == null ? now : decision.attempt().at()).toString();
			errorClasses[i] = decision.attempt() == null ? "" : orEmpty(decision.attempt().errorClass());
			smsWards[i] = smsSent ? message.wardCode() : "";
			smsSegments[i] = smsSent ? message.smsSegments() : 0;
		}
		return this.db.sql(RECORD)
			.bind("ids", ids)
			.bind("attemptsBefore", attemptsBefore)
			.bind("statuses", statuses)
			.bind("attempts", attempts)
			.bind("nextAttemptAt", nextAttemptAt)
			.bind("providers", providers)
			.bind("providerIds", providerIds)
			.bind("outcomes", outcomes)
			.bind("attemptedAt", attemptedAt)
			.bind("errorClasses", errorClasses)
			.bind("smsWards", smsWards)
			.bind("smsSegments", smsSegments)
			.bind("now", utc(now))
			.bind("day", this.pacing.dayOf(now))
			.map(row -> row.get("id", UUID.class))
			.all()
			.collect(Collectors.toUnmodifiableSet());
	}

	/** A message and what its round decided for it. */
	record Decided(Message message, DeliveryRules.Decision decision) {
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
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

	/** The message a receipt names by our own id, sent to the provider as the client reference. */
	Mono<Message> findByReference(String provider, UUID id) {
		return this.db.sql("select * from message where id = :id and provider = :provider")
			.bind("id", id)
			.bind("provider", provider)
			.map(MessageRepository::message)
			.one();
	}

	/**
	 * Applies a receipt if the message is still in the state it was read in; an UNKNOWN message learns
	 * the provider's id from it.
	 */
	Mono<Boolean> changeStatus(Message message, MessageStatus to, String providerMessageId) {
		return this.db.sql("update message set status = :to, updated_at = now(), "
				+ "provider_message_id = coalesce(provider_message_id, :providerMessageId) where id = :id and status = :from")
			.bind("providerMessageId", providerMessageId)
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
