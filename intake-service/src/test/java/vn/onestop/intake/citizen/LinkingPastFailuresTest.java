package vn.onestop.intake.citizen;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;

import vn.onestop.intake.dossier.IntakeContext;
import vn.onestop.intake.dossier.Requests;

/**
 * Issue 14, line 3: a refusal by citizen-service is kept on the dossier and never holds up the others; an officer
 * corrects the submitter and the link follows; after an outage every pending dossier is linked soon after the return.
 */
class LinkingPastFailuresTest extends IntakeContext {

	private static final String REFUSED_ID = "038087000111";

	private static final String LINKED_ID = "038087000222";

	private static final String REFUSAL = """
			{"type":"urn:onestop:problem:ward-not-in-force","title":"Ward not in force","status":422,
			 "detail":"No commune-level unit with code %s is in force today.",
			 "errors":[{"field":"address.wardCode","message":"must be a ward code in force today"}]}""";

	private static String filing(String ward, String idNumber) {
		return Requests.body("HT-XAC-NHAN-HON-NHAN", ward, "IN_PERSON", idNumber, "[{\"key\":\"to-khai\",\"originals\":1}]");
	}

	private String file(String body) {
		return this.client.post().uri("/dossiers").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
			.expectStatus().isCreated()
			.expectBody(JsonNode.class).returnResult().getResponseBody().get("code").asString();
	}

	private JsonNode dossier(String code) {
		return this.client.get().uri("/dossiers/{code}", code).exchange().expectStatus().isOk()
			.expectBody(JsonNode.class).returnResult().getResponseBody();
	}

	private static void citizenServiceDown() {
		CITIZEN_SERVICE.stubFor(post(urlEqualTo("/citizens/lookup"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
	}

	private static void lookupOf(String idNumber, int status, String body) {
		CITIZEN_SERVICE.stubFor(post(urlEqualTo("/citizens/lookup")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.idNumber", equalTo(idNumber)))
			.willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
	}

	private static void createWithWard(String wardCode, int status, String body) {
		CITIZEN_SERVICE.stubFor(post(urlEqualTo("/citizens")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.address.wardCode", equalTo(wardCode)))
			.willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
				.withBody(body)));
	}

	@Test
	void theOlderDossierRefusedTheNewerIsLinkedAndTheCorrectedOneFollows() {
		citizenServiceDown();
		String ward = freshWard();
		String older = file(filing(ward, REFUSED_ID));
		this.clock.set(MONDAY_MORNING.plusMinutes(5));
		String newer = file(filing(ward, LINKED_ID));
		assertThat(dossier(older).get("citizenLink").get("status").asString()).isEqualTo("PENDING");

		UUID linked = UUID.randomUUID();
		lookupOf(REFUSED_ID, 404, "");
		createWithWard(ward, 422, REFUSAL.formatted(ward));
		lookupOf(LINKED_ID, 200, "{\"id\":\"" + linked + "\"}");

		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(dossier(newer).get("citizenId").asString()).isEqualTo(linked.toString()));
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(dossier(older).get("citizenLink").get("status").asString()).isEqualTo("REFUSED"));
		JsonNode refused = dossier(older);
		assertThat(refused.get("citizenLinkPending").asBoolean()).isTrue();
		JsonNode refusal = refused.get("citizenLink").get("refusal");
		assertThat(refusal.get("status").asInt()).isEqualTo(422);
		assertThat(refusal.get("type").asString()).isEqualTo("urn:onestop:problem:ward-not-in-force");
		assertThat(refusal.get("detail").asString()).contains(ward);
		assertThat(refusal.get("errors").get(0).get("field").asString()).isEqualTo("address.wardCode");
		assertThat(dossier(newer).get("citizenLink").get("status").asString()).isEqualTo("LINKED");

		// a refused dossier is not asked for again until it is corrected
		var createsOfThisWard = postRequestedFor(urlEqualTo("/citizens"))
			.withRequestBody(matchingJsonPath("$.address.wardCode", equalTo(ward))).build();
		int creates = CITIZEN_SERVICE.countRequestsMatching(createsOfThisWard).getCount();
		await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).untilAsserted(
				() -> assertThat(CITIZEN_SERVICE.countRequestsMatching(createsOfThisWard).getCount()).isEqualTo(creates));

		UUID created = UUID.randomUUID();
		createWithWard("26734", 201, "{\"id\":\"" + created + "\"}");
		this.client.put().uri("/dossiers/{code}/submitter", older).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(correctedSubmitter(REFUSED_ID, "26734")).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.submitter.address.wardCode").isEqualTo("26734");
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(dossier(older).get("citizenId").asString()).isEqualTo(created.toString()));

		JsonNode history = this.client.get().uri("/dossiers/{code}/history", older).exchange().expectStatus().isOk()
			.expectBody(JsonNode.class).returnResult().getResponseBody();
		JsonNode correction = history.get(history.size() - 1);
		assertThat(correction.get("action").asString()).isEqualTo("correct-submitter");
		assertThat(correction.toString()).contains("address.wardCode").doesNotContain("26734");
		Long audited = this.db.sql("select count(*) as n from audit_event where action = 'dossier.submitter.correct' "
				+ "and target = :code")
			.bind("code", older)
			.map(row -> row.get("n", Long.class))
			.one()
			.block();
		assertThat(audited).isEqualTo(1L);
		this.client.put().uri("/dossiers/{code}/submitter", older).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(correctedSubmitter(REFUSED_ID, "26734")).exchange()
			.expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.type").isEqualTo("urn:onestop:problem:citizen-already-linked");
	}

	@Test
	void aCorrectionIsCheckedByTheSameRulesAndOnlyForStaffOfTheWard() {
		citizenServiceDown();
		String ward = freshWard();
		String code = file(filing(ward, REFUSED_ID));
		Map<String, Object> noBirthDate = correctedSubmitter("123456789", ward);
		noBirthDate.remove("dateOfBirth");
		this.client.put().uri("/dossiers/{code}/submitter", code).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(noBirthDate).exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'submitter.dateOfBirth')]").exists()
			.jsonPath("$.errors[?(@.field == 'submitter.gender')]").exists();
		this.as(vn.onestop.support.security.test.TestTokens.officer("00001")).put()
			.uri("/dossiers/{code}/submitter", code).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(correctedSubmitter(REFUSED_ID, ward)).exchange()
			.expectStatus().isNotFound();
	}

	/** Many dossiers filed while citizen-service is down are all linked within a minute of its return. */
	@Test
	void everyDossierFiledDuringAnOutageIsLinkedWithinAMinuteOfTheReturn() {
		citizenServiceDown();
		String ward = freshWard();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			codes.add(file(filing(ward, String.format("038087%06d", 500 + i))));
		}
		// the linking task has met the outage with every one of them
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> this.db
			.sql("select count(*) as n from dossier where ward_code = :ward and citizen_link_attempts >= 2")
			.bind("ward", ward)
			.map(row -> row.get("n", Long.class))
			.one()
			.block() == codes.size());

		CITIZEN_SERVICE.stubFor(post(urlEqualTo("/citizens/lookup")).atPriority(1).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json").withBody("{\"id\":\"" + KNOWN_CITIZEN + "\"}")));
		long back = System.nanoTime();
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
			.until(() -> linked(ward) == codes.size());
		assertThat(Duration.ofNanos(System.nanoTime() - back)).isLessThan(Duration.ofMinutes(1));
		assertThat(dossier(codes.get(0)).get("citizenLink").get("status").asString()).isEqualTo("LINKED");
	}

	/**
	 * The linker claims one round of calls at a time, so a replica that dies mid-batch hides at most that round's
	 * dossiers from the others, and only for the claim's lease.
	 */
	@Test
	void aBatchHoldsOnlyOneRoundOfDossiersAtATime() {
		citizenServiceDown();
		String ward = freshWard();
		for (int i = 0; i < 24; i++) {
			file(filing(ward, String.format("038087%06d", 700 + i)));
		}
		// citizen-service answers, slowly: each round of calls is in flight for most of a second
		CITIZEN_SERVICE.stubFor(post(urlEqualTo("/citizens/lookup")).atPriority(1).willReturn(aResponse().withStatus(200)
			.withFixedDelay(700).withHeader("Content-Type", "application/json")
			.withBody("{\"id\":\"" + KNOWN_CITIZEN + "\"}")));
		long mostHeld = 0;
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (linked(ward) < 24 && System.nanoTime() - deadline < 0) {
			// a claimed dossier's next attempt is pushed a lease ahead; a failed one waits at most retry-max (1 s)
			mostHeld = Math.max(mostHeld, this.db.sql("select count(*) as n from dossier where ward_code = :ward "
					+ "and citizen_link_pending and citizen_link_next_at > now() + interval '5 seconds'")
				.bind("ward", ward)
				.map(row -> row.get("n", Long.class))
				.one()
				.block());
		}
		assertThat(linked(ward)).isEqualTo(24);
		assertThat(mostHeld).as("dossiers held by the linker at once").isBetween(1L, 8L);
	}

	private long linked(String ward) {
		return this.db.sql("select count(*) as n from dossier where ward_code = :ward and citizen_id is not null")
			.bind("ward", ward)
			.map(row -> row.get("n", Long.class))
			.one()
			.block();
	}

	private static Map<String, Object> correctedSubmitter(String idNumber, String wardCode) {
		Map<String, Object> submitter = new java.util.HashMap<>();
		submitter.put("fullName", "Nguyễn Văn An");
		submitter.put("idNumber", idNumber);
		submitter.put("dateOfBirth", "1987-03-02");
		submitter.put("phone", Requests.PHONE);
		submitter.put("address", Map.of("line", "12 Lê Lợi", "wardCode", wardCode));
		submitter.put("notificationPreference", "SMS");
		return submitter;
	}

}
