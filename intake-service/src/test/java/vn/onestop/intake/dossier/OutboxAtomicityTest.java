package vn.onestop.intake.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

/** The dossier, its history, its counter and its DossierReceived event commit together or not at all. */
class OutboxAtomicityTest extends IntakeContext {

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

	private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec post(String ward) {
		return this.client.post().uri("/dossiers").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Requests.maritalStatus(ward, "IN_PERSON")).exchange();
	}

	private long rows(String sql, String ward) {
		return this.db.sql(sql).bind("w", ward).map(row -> row.get("n", Long.class)).one().block();
	}

}
