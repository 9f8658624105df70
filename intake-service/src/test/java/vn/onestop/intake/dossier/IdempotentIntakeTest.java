package vn.onestop.intake.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

class IdempotentIntakeTest extends IntakeContext {

	private ResponseSpec post(String key, String body) {
		return this.client.post().uri("/dossiers").contentType(MediaType.APPLICATION_JSON)
			.header("Idempotency-Key", key).bodyValue(body).exchange();
	}

	@Test
	void aRetryAnswersTheSameCreatedDossier() {
		String ward = freshWard();
		String key = "key-" + ward;
		String first = new String(post(key, Requests.maritalStatus(ward, "IN_PERSON")).expectStatus().isCreated()
			.expectBody().returnResult().getResponseBody());
		this.clock.set(MONDAY_MORNING.plusMinutes(5));
		String retry = new String(post(key, Requests.maritalStatus(ward, "IN_PERSON").replace("{\"procedureCode\"", "{ \"procedureCode\""))
			.expectStatus().isCreated()
			.expectHeader().valueEquals("Location", "/dossiers/" + ward + "-261026-0001")
			.expectBody().returnResult().getResponseBody());
		// the same dossier, read now: only the working time left, computed on read, has moved on by the 5 minutes
		assertThat(retry.replace("\"workingMinutesLeft\":1435", "\"workingMinutesLeft\":1440")).isEqualTo(first);
		assertThat(first).contains("\"workingMinutesLeft\":1440");
		assertThat(this.db.sql("select count(*) as n from dossier where ward_code = :w").bind("w", ward)
			.map(row -> row.get("n", Long.class)).one().block()).isEqualTo(1);
	}

	@Test
	void theSameKeyWithAnotherBodyIsUnprocessable() {
		String ward = freshWard();
		String key = "key-" + ward;
		post(key, Requests.maritalStatus(ward, "IN_PERSON")).expectStatus().isCreated();
		post(key, Requests.maritalStatus(ward, "ONLINE")).expectStatus().isEqualTo(422)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.type").isEqualTo("urn:onestop:problem:idempotency-key-reused");
		post("other-" + key, Requests.maritalStatus(ward, "ONLINE")).expectStatus().isCreated()
			.expectBody().jsonPath("$.code").isEqualTo(ward + "-261026-0002");
	}

	@Test
	void aRejectedRequestDoesNotConsumeItsKey() {
		String ward = freshWard();
		String key = "key-" + ward;
		post(key, Requests.maritalStatus(ward, "IN_PERSON").replace("HT-XAC-NHAN-HON-NHAN", "KHONG-CO"))
			.expectStatus().isEqualTo(422);
		post(key, Requests.maritalStatus(ward, "IN_PERSON")).expectStatus().isCreated();
	}

}
