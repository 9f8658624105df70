package vn.onestop.intake.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

/** Issue 14, line 7: an agency's 10,000th dossier of a day and the ones after it are filed, numbered with 5 digits. */
class DailySequenceTest extends IntakeContext {

	private static final LocalDate MONDAY = MONDAY_MORNING.toLocalDate();

	private ResponseSpec file(String ward) {
		return this.client.post().uri("/dossiers").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Requests.maritalStatus(ward, "IN_PERSON")).exchange();
	}

	private void setCounter(String ward, int n) {
		this.db.sql("insert into dossier_daily_counter (agency_code, day, n) values (:agency, :day, :n)")
			.bind("agency", ward)
			.bind("day", MONDAY)
			.bind("n", n)
			.then()
			.block();
	}

	private Integer counter(String ward) {
		return this.db.sql("select n from dossier_daily_counter where agency_code = :agency and day = :day")
			.bind("agency", ward)
			.bind("day", MONDAY)
			.map(row -> row.get("n", Integer.class))
			.one()
			.block();
	}

	@Test
	void theDossiersAfterTheDays9999thGetFiveDigitCodesThatEveryEndpointAccepts() {
		String ward = freshWard();
		setCounter(ward, 9999);
		String first = file(ward).expectStatus().isCreated().expectBody(DossierView.class).returnResult()
			.getResponseBody().code();
		String second = file(ward).expectStatus().isCreated().expectBody(DossierView.class).returnResult()
			.getResponseBody().code();
		assertThat(List.of(first, second)).containsExactly(ward + "-261026-10000", ward + "-261026-10001");
		assertThat(counter(ward)).isEqualTo(10001);
		for (String code : List.of(first, second)) {
			this.client.get().uri("/dossiers/{code}", code).exchange().expectStatus().isOk()
				.expectBody().jsonPath("$.code").isEqualTo(code);
			this.client.get().uri("/dossiers/{code}/receipt", code).exchange().expectStatus().isOk()
				.expectBody().jsonPath("$.dossierCode").isEqualTo(code);
			this.client.get().uri("/dossiers/{code}/history", code).exchange().expectStatus().isOk();
			this.anonymous().post().uri("/lookup").contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("code", code, "phoneLast4", "5678")).exchange().expectStatus().isOk()
				.expectBody().jsonPath("$.wardCode").isEqualTo(ward);
		}
	}

	@Test
	void aDayWithEveryCodeTakenAnswersAClearProblemAndSkipsNoCode() {
		String ward = freshWard();
		setCounter(ward, DossierCode.MAX_SEQUENCE);
		file(ward).expectStatus().isEqualTo(503)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.type").isEqualTo("urn:onestop:problem:daily-sequence-exhausted");
		assertThat(counter(ward)).isEqualTo(DossierCode.MAX_SEQUENCE);
		String other = freshWard();
		file(other).expectStatus().isCreated().expectBody().jsonPath("$.code").isEqualTo(other + "-261026-0001");
	}

}
