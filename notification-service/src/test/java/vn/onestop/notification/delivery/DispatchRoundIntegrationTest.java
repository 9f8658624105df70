package vn.onestop.notification.delivery;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dispatch round records every message it claimed: sent with its attempt, failed with its attempt,
 * or put back with a reason, never left SENDING until its lease runs out.
 */
class DispatchRoundIntegrationTest extends NotificationIntegrationTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@Autowired
	private MessageRepository messages;

	@Autowired
	private DatabaseClient database;

	@BeforeEach
	void healthyProvider() {
		SMS_PROVIDER.stubFor(post(urlEqualTo("/sms")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"status\":\"accepted\"}")));
	}

	/**
	 * PostgreSQL sends the rows of a large claim before the claim commits. A message sent at once (the
	 * local SMS recorder takes microseconds) was recorded by a statement that still saw it waiting, matched
	 * nothing, and the message stayed SENDING for the 5-minute lease, then went out a second time. The
	 * deferred trigger stretches the claim's commit so that every send of the round falls into that gap.
	 */
	@Test
	void messagesSentBeforeTheirClaimCommittedAreStillRecorded() {
		execute("""
				create or replace function slow_claim_commit() returns trigger language plpgsql as $$
				begin perform pg_sleep(0.05); return null; end $$""");
		execute("create constraint trigger slow_claim_commit after update on message deferrable initially deferred "
				+ "for each row when (old.status = 'CREATED' and new.status = 'SENDING' and new.dossier_code like 'SLOWCLAIM%') "
				+ "execute function slow_claim_commit()");
		try {
			String batch = "SLOWCLAIM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
			List<UUID> ids = queueAtOnce(batch, 50);

			await("every message of the round is sent and recorded",
					() -> count("select count(*) from message where dossier_code like :batch and status = 'SENT'", batch) == 50);

			for (UUID id : ids) {
				assertThat(this.messages.attempts(id).collectList().block(TIMEOUT)).singleElement()
					.satisfies(attempt -> assertThat(attempt.outcome()).isEqualTo(Attempt.AttemptOutcome.SENT));
				assertThat(SMS_PROVIDER.findAll(postRequestedFor(urlEqualTo("/sms"))
					.withRequestBody(containing(id.toString())))).hasSize(1);
			}
		}
		finally {
			execute("drop trigger slow_claim_commit on message");
		}
	}

	/** Due SMS written by one statement, so that one round claims them together; long enough bodies make the claim's answer span several network writes. */
	private List<UUID> queueAtOnce(String batch, int count) {
		List<UUID> ids = java.util.stream.IntStream.range(0, count).mapToObj(i -> UUID.randomUUID()).toList();
		this.database.sql("""
				insert into message (id, event_type, dossier_code, ward_code, channel, recipient, template_id, template_version,
				  body, status, attempts, next_attempt_at, created_at, updated_at, urgent)
				select id, 'DossierReceived', :batch || '-' || n, '20242', 'SMS', '0912' || lpad(n::text, 6, '0'),
				  'dossier-received-sms', 1, 'Ho so ' || :batch || '-' || n || ' da duoc tiep nhan. ' || repeat('Ngay hen tra ket qua: 16:30 08/07/2025. ', 8),
				  'CREATED', 0, :due, :due, :due, true
				from unnest(:ids::uuid[]) with ordinality as queued(id, n)""")
			.bind("batch", batch)
			.bind("ids", ids.toArray(UUID[]::new))
			.bind("due", CLOCK.instant().minusSeconds(1).atOffset(ZoneOffset.UTC))
			.then()
			.block(TIMEOUT);
		return ids;
	}

	private void execute(String sql) {
		this.database.sql(sql).then().block(TIMEOUT);
	}

	private long count(String sql, String batch) {
		return this.database.sql(sql).bind("batch", batch + "%").map(row -> row.get(0, Long.class)).one().block(TIMEOUT);
	}

}
