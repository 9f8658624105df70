package vn.onestop.intake.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Line 6 through HTTP: look-up without login, the indistinguishable 404, rating once after return. */
class CitizenAccessTest extends IntakeContext {

	@Autowired
	private MeterRegistry meters;

	private Actions actions;

	@BeforeEach
	void steps() {
		this.actions = new Actions(this.client);
	}

	@Test
	void theCodeAndTheLastFourPhoneDigitsShowOnlyStatusProcedureAppointmentAndWard() {
		String ward = freshWard();
		String code = this.actions.receive(ward, "IN_PERSON");
		@SuppressWarnings("unchecked")
		Map<String, Object> found = lookUp(code, "5678").expectStatus().isOk().expectBody(Map.class).returnResult()
			.getResponseBody();
		assertThat(found).containsOnlyKeys("status", "procedureName", "appointmentAt", "wardCode", "rated")
			.containsEntry("rated", false)
			.containsEntry("procedureName", "Cấp Giấy xác nhận tình trạng hôn nhân")
			.containsEntry("appointmentAt", "2026-10-29T09:30:00+07:00")
			.containsEntry("wardCode", ward);
		lookUp(code, "12345").expectStatus().isBadRequest();
	}

	@Test
	void aWrongPhoneAnswersExactlyLikeAnUnknownCode() {
		String code = this.actions.receive(freshWard(), "IN_PERSON");
		Map<String, Object> wrongPhone = notFound(lookUp(code, "0000"));
		Map<String, Object> unknownCode = notFound(lookUp("00000-261026-9999", "5678"));
		Map<String, Object> malformedCode = notFound(lookUp("not a code", "5678"));
		assertThat(wrongPhone).isEqualTo(unknownCode).isEqualTo(malformedCode);
		assertThat(notFound(rate(code, "SATISFIED", "0000"))).containsEntry("detail", wrongPhone.get("detail"));
	}

	@Test
	void aReturnedDossierIsRatedOnceAndCounted() {
		String ward = freshWard();
		String code = this.actions.receive(ward, "IN_PERSON");
		rate(code, "SATISFIED", "5678").expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.type").isEqualTo("urn:onestop:problem:rating-not-allowed");
		this.actions.ok(code, "transfer", "{}");
		this.actions.ok(code, "result-ready", "{}");
		this.actions.ok(code, "return", "{}");
		rate(code, "EXCELLENT", "5678").expectStatus().isBadRequest();
		rate(code, "NOT_SATISFIED", "5678").expectStatus().isCreated()
			.expectBody().jsonPath("$.rating").isEqualTo("NOT_SATISFIED");
		rate(code, "VERY_SATISFIED", "5678").expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.type").isEqualTo("urn:onestop:problem:already-rated");
		lookUp(code, "5678").expectStatus().isOk().expectBody().jsonPath("$.rated").isEqualTo(true);
		assertThat(this.meters.counter("onestop.dossier.ratings", "ward", ward, "rating", "dissatisfied").count())
			.isEqualTo(1.0);
		assertThat(this.db.sql("select count(*) as n from dossier_rating r join dossier d on d.id = r.dossier_id "
				+ "where d.code = :c").bind("c", code).map(row -> row.get("n", Long.class)).one().block()).isOne();
	}

	@Test
	void repeatedWrongPairsFromOneClientAreAnswered429WithAGrowingRetryAfterUntilTheWindowPasses() {
		String code = this.actions.receive(freshWard(), "IN_PERSON");
		String client = "198.51.100." + (int) (Math.random() * 250);
		for (int i = 0; i < 5; i++) {
			lookUp(code, "000" + i, client).expectStatus().isNotFound();
		}
		tooMany(lookUp(code, "5678", client), "30");
		tooMany(rate(code, "SATISFIED", "5678", client), "30");
		lookUp(code, "5678", "198.51.101.1").expectStatus().isOk();
		lookUp(code, "5678", "198.51.101.1, " + client).expectStatus().isOk();
		this.clock.set(MONDAY_MORNING.plusSeconds(30));
		lookUp(code, "5678", client).expectStatus().isOk();
		lookUp(code, "0009", client).expectStatus().isNotFound();
		tooMany(lookUp(code, "5678", client), "60");
		this.clock.set(MONDAY_MORNING.plusSeconds(90));
		rate(code, "SATISFIED", "0009", client).expectStatus().isNotFound();
		tooMany(lookUp(code, "5678", client), "120");
		// the last wait ended at +210 s; a whole window after it, the client is forgotten
		this.clock.set(MONDAY_MORNING.plusSeconds(210).plusMinutes(15));
		lookUp(code, "5678", client).expectStatus().isOk();
		lookUp(code, "0009", client).expectStatus().isNotFound();
		lookUp(code, "5678", client).expectStatus().isOk();
	}

	private static void tooMany(WebTestClient.ResponseSpec response, String retryAfter) {
		response.expectStatus().isEqualTo(429)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader().valueEquals("Retry-After", retryAfter)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:onestop:problem:too-many-requests")
			.jsonPath("$.status").isEqualTo(429);
	}

	private WebTestClient.ResponseSpec lookUp(String code, String last4, String client) {
		return this.client.post().uri("/lookup").header("X-Forwarded-For", client).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("code", code, "phoneLast4", last4)).exchange();
	}

	private WebTestClient.ResponseSpec rate(String code, String rating, String last4, String client) {
		return this.client.post().uri("/dossiers/{c}/rating", code).header("X-Forwarded-For", client)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("rating", rating, "phoneLast4", last4)).exchange();
	}

	private WebTestClient.ResponseSpec lookUp(String code, String last4) {
		return this.client.post().uri("/lookup").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("code", code, "phoneLast4", last4)).exchange();
	}

	private WebTestClient.ResponseSpec rate(String code, String rating, String last4) {
		return this.client.post().uri("/dossiers/{c}/rating", code).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("rating", rating, "comment", "Cán bộ nhiệt tình", "phoneLast4", last4)).exchange();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> notFound(WebTestClient.ResponseSpec response) {
		Map<String, Object> body = new HashMap<>(response.expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(Map.class).returnResult().getResponseBody());
		assertThat(body).containsKey("requestId");
		body.remove("requestId");
		body.remove("instance");
		return body;
	}

}
