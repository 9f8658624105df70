package vn.onestop.intake.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.Disposable;

/** The dossier, its history, its counter and its DossierReceived event commit together or not at all. */
class OutboxAtomicityTest extends IntakeContext {

	@LocalServerPort
	private int port;

	@Test
	void anIntakeWritesItsEventWithTheContactNotificationsNeed() {
		String ward = freshWard();
		post(ward).expectStatus().isCreated();
		this.client.get().uri("/dossiers/" + ward + "-261026-0001").exchange().expectStatus().isOk();
		String payload = this.db.sql("select payload::text as p from outbox_event where aggregate_type = 'Dossier' "
				+ "and aggregate_id = :code and event_type = 'DossierReceived'")
			.bind("code", ward + "-261026-0001")
			.map(row -> row.get("p", String.class))
			.one()
			.block();
		assertThat(payload).contains("\"dossierCode\": \"" + ward + "-261026-0001\"")
			.contains("\"wardCode\": \"" + ward + "\"")
			.contains("\"code\": \"HT-XAC-NHAN-HON-NHAN\"")
			.contains("\"name\": \"Cấp Giấy xác nhận tình trạng hôn nhân\"")
			.contains("\"appointmentAt\": \"2026-10-29T09:30:00+07:00\"")
			.contains("\"phone\": \"" + Requests.PHONE + "\"")
			.contains("\"email\": \"an@example.vn\"")
			.contains("\"notificationPreference\": \"SMS\"")
			.contains("\"citizenId\": \"" + KNOWN_CITIZEN + "\"")
			.contains("\"code\": 2");
		assertThat(rows("select count(*) as n from dossier_status_history h join dossier d on d.id = h.dossier_id "
				+ "where d.ward_code = :w and h.from_status is null and h.to_status = 2", ward)).isEqualTo(1);
	}

	@Test
	void aFailureAfterTheOutboxInsertLeavesNeitherDossierNorEventNorNumber() {
		String ward = freshWard();
		this.db.sql("create or replace function fail_intake_test() returns trigger language plpgsql as "
				+ "$$ begin raise exception 'forced failure after the outbox insert'; end $$").then().block();
		this.db.sql("create constraint trigger fail_intake_" + ward + " after insert on outbox_event "
				+ "deferrable initially deferred for each row when (new.payload->>'wardCode' = '" + ward + "') "
				+ "execute function fail_intake_test()").then().block();
		try {
			post(ward).expectStatus().is5xxServerError();
		}
		finally {
			this.db.sql("drop trigger fail_intake_" + ward + " on outbox_event").then().block();
		}
		assertThat(rows("select count(*) as n from dossier where ward_code = :w", ward)).isZero();
		assertThat(rows("select count(*) as n from outbox_event where payload->>'wardCode' = :w", ward)).isZero();
		assertThat(rows("select count(*) as n from dossier_daily_counter where agency_code = :w", ward)).isZero();
		post(ward).expectStatus().isCreated().expectBody().jsonPath("$.code").isEqualTo(ward + "-261026-0001");
	}

	/**
	 * A caller that goes away (the gateway's time limit, a closed browser) while the filing's transaction runs must
	 * not split it: cancelling the request used to roll the counter back while the dossier insert still reached the
	 * database on its own, and every later filing of the agency that day then collided with that dossier's number
	 * (500 for the rest of the day, seen in the load benchmark).
	 */
	@Test
	void aCallerWhoGoesAwayDuringTheTransactionLeavesItWholeAndTheNextFilingNumbered() {
		String ward = freshWard();
		this.db.sql("create or replace function slow_intake_test() returns trigger language plpgsql as "
				+ "$$ begin perform pg_sleep(2); return new; end $$").then().block();
		this.db.sql("create trigger slow_intake_" + ward + " before insert on dossier for each row "
				+ "when (new.ward_code = '" + ward + "') execute function slow_intake_test()").then().block();
		try {
			Disposable filing = WebClient.create("http://localhost:" + this.port)
				.post()
				.uri("/dossiers")
				.contentType(MediaType.APPLICATION_JSON)
				.header("Authorization", staffBearer())
				.bodyValue(Requests.maritalStatus(ward, "IN_PERSON"))
				.retrieve()
				.toBodilessEntity()
				.subscribe(answer -> { }, error -> { });
			// the caller goes away while the dossier insert runs inside the filing's transaction
			awaitRows("select count(*) as n from pg_stat_activity where query like 'insert into dossier (%' "
					+ "and state = 'active' and pid <> pg_backend_pid()", 1);
			filing.dispose();
			awaitRows("select count(*) as n from dossier where ward_code = '" + ward + "'", 1);
		}
		finally {
			this.db.sql("drop trigger slow_intake_" + ward + " on dossier").then().block();
		}
		long dossiers = rows("select count(*) as n from dossier where ward_code = :w", ward);
		assertThat(dossiers).as("the filing handed in completes even though its caller went away").isEqualTo(1);
		assertThat(rows("select coalesce(max(n), 0)::bigint as n from dossier_daily_counter where agency_code = :w", ward))
			.as("the day's counter counts it").isEqualTo(1);
		assertThat(rows("select count(*) as n from outbox_event where payload->>'wardCode' = :w", ward))
			.as("and its event").isEqualTo(1);
		post(ward).expectStatus().isCreated().expectBody().jsonPath("$.code").isEqualTo(ward + "-261026-0002");
	}

	private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec post(String ward) {
		return this.client.post().uri("/dossiers").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Requests.maritalStatus(ward, "IN_PERSON")).exchange();
	}

	private void awaitRows(String sql, long expected) {
		Instant deadline = Instant.now().plusSeconds(20);
		while (this.db.sql(sql).map(row -> row.get("n", Long.class)).one().block() < expected
				&& Instant.now().isBefore(deadline)) {
			LockSupport.parkNanos(20_000_000L);
		}
	}

	private long rows(String sql, String ward) {
		return this.db.sql(sql).bind("w", ward).map(row -> row.get("n", Long.class)).one().block();
	}

}
