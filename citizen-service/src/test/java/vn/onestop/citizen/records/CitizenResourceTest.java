package vn.onestop.citizen.records;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

import vn.onestop.rules.citizen.BirthRegistrationProvinces;
import vn.onestop.rules.citizen.Gender;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "20s")
class CitizenResourceTest {

	private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
	};

	@Autowired
	private WebTestClient client;

	@Autowired
	private DatabaseClient db;

	@Test
	void registrationAnswers201WithLocationEtagAndTheNormalisedRecord() {
		String idNumber = CitizenFixtures.maleBorn1987();
		Map<String, Object> request = body(Normalizer.normalize("  Nguyễn   Thị Thuỷ ", Normalizer.Form.NFD), idNumber,
				"+84 912.345.678");
		request.put("gender", "FEMALE");
		request.put("idNumber", idNumber.substring(0, 3) + "1" + idNumber.substring(4));
		EntityExchangeResult<Map> created = this.client.post().uri("/citizens").bodyValue(request).exchange()
			.expectStatus().isCreated()
			.expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
			.expectBody(Map.class).returnResult();
		@SuppressWarnings("unchecked")
		Map<String, Object> citizen = created.getResponseBody();
		String id = (String) citizen.get("id");
		assertThat(created.getResponseHeaders().getLocation()).hasToString("citizens/" + id);
		assertThat(citizen).containsEntry("fullName", "Nguyễn Thị Thuỷ").containsEntry("phone", "0912345678")
			.containsEntry("idNumber", request.get("idNumber")).containsEntry("legacyIdNumber", false)
			.containsEntry("dateOfBirth", "1987-03-04").containsEntry("gender", "FEMALE")
			.containsEntry("email", "citizen@example.vn").containsEntry("active", true).containsEntry("version", 1)
			.containsEntry("address", Map.of("line", "Số 5 đường Bạch Đằng", "wardCode", "20242"));
		assertThat((Map<String, Object>) citizen.get("preferences")).containsEntry("channel", "SMS")
			.containsEntry("consent", true).containsKey("consentAt");
		assertThat(((Map<?, ?>) citizen.get("preferences")).get("consentAt")).isNotNull();

		this.client.get().uri("/citizens/{id}", id).exchange().expectStatus().isOk()
			.expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
			.expectBody(Map.class).isEqualTo(citizen);
	}

	@Test
	void lookupTakesTheIdNumberInTheBody() {
		String idNumber = CitizenFixtures.maleBorn1987();
		String id = register(body("Trần Văn Bình", idNumber, null));
		this.client.post().uri("/citizens/lookup").bodyValue(Map.of("idNumber", idNumber)).exchange()
			.expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
			.expectBody().jsonPath("$.id").isEqualTo(id).jsonPath("$.fullName").isEqualTo("Trần Văn Bình")
			.jsonPath("$.idNumber").isEqualTo(idNumber).jsonPath("$.address.wardCode").isEqualTo("20242")
			.jsonPath("$.preferences.channel").isEqualTo("NONE").jsonPath("$.active").isEqualTo(true)
			.jsonPath("$.version").isEqualTo(1).jsonPath("$.phone").isEmpty().jsonPath("$.email").isEqualTo("citizen@example.vn");
		this.client.post().uri("/citizens/lookup").bodyValue(Map.of("idNumber", CitizenFixtures.maleBorn1987())).exchange()
			.expectStatus().isNotFound().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.type").isEqualTo("urn:onestop:problem:not-found");
		this.client.post().uri("/citizens/lookup").bodyValue(Map.of("idNumber", "12ab")).exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("idNumber");
	}

	@Test
	void legacyNineDigitNumbersAreAcceptedAndFlagged() {
		String legacy = String.valueOf(100_000_000 + (int) (Math.random() * 899_999_999));
		Map<String, Object> request = body("Lê Văn Cường", legacy, null);
		request.put("dateOfBirth", "1950-06-01");
		this.client.post().uri("/citizens").bodyValue(request).exchange().expectStatus().isCreated()
			.expectBody().jsonPath("$.idNumber").isEqualTo(legacy).jsonPath("$.legacyIdNumber").isEqualTo(true);
	}

	@Test
	void aSecondCitizenWithTheSameIdNumberIsAConflict() {
		String idNumber = CitizenFixtures.maleBorn1987();
		register(body("Phạm Văn Đạt", idNumber, null));
		this.client.post().uri("/citizens").bodyValue(body("Phạm Văn Đạt", idNumber, null)).exchange()
			.expectStatus().isEqualTo(409).expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.type").isEqualTo("urn:onestop:problem:duplicate-id-number")
			.jsonPath("$.errors[0].field").isEqualTo("idNumber")
			.jsonPath("$.detail").value(detail -> assertThat((String) detail).doesNotContain(idNumber)
				.contains(idNumber.substring(0, 4) + "******" + idNumber.substring(10)));
	}

	@Test
	void patchNeedsTheCurrentEtagAndMergesTheChange() {
		String phone = CitizenFixtures.phone();
		String id = register(body("Hoàng Văn Em", CitizenFixtures.maleBorn1987(), phone));
		String patch = "{\"phone\":null,\"email\":\"em.hoang@example.vn\",\"preferences\":{\"channel\":\"EMAIL\"}}";
		patch(id, null, patch).expectStatus().isEqualTo(428).expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.type").isEqualTo("urn:onestop:problem:precondition-required");
		patch(id, "\"7\"", patch).expectStatus().isEqualTo(412).expectBody().jsonPath("$.type")
			.isEqualTo("urn:onestop:problem:precondition-failed");
		patch(id, "\"1\"", patch).expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"")
			.expectBody().jsonPath("$.phone").isEmpty().jsonPath("$.email").isEqualTo("em.hoang@example.vn")
			.jsonPath("$.preferences.channel").isEqualTo("EMAIL").jsonPath("$.preferences.consent").isEqualTo(true)
			.jsonPath("$.fullName").isEqualTo("Hoàng Văn Em").jsonPath("$.version").isEqualTo(2);
		patch(id, "\"1\"", "{\"fullName\":\"Hoàng Văn Út\"}").expectStatus().isEqualTo(412);
		this.client.get().uri("/citizens/{id}", id).exchange().expectBody().jsonPath("$.fullName").isEqualTo("Hoàng Văn Em");
	}

	@Test
	void aPatchThatChangesNothingKeepsTheVersion() {
		String id = register(body("Vũ Thị Phương", CitizenFixtures.idNumber(LocalDate.of(1987, 3, 4), Gender.FEMALE), null,
				"FEMALE"));
		patch(id, "\"1\"", "{\"fullName\":\"  Vũ Thị   Phương\",\"address\":{\"wardCode\":\"20242\"}}").expectStatus().isOk()
			.expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"");
		assertThat(history(id)).hasSize(1);
	}

	@Test
	void movingToAWardNotInForceIsUnprocessable() {
		String id = register(body("Đỗ Văn Giang", CitizenFixtures.maleBorn1987(), null));
		patch(id, "\"1\"", "{\"address\":{\"wardCode\":\"" + CitizenFixtures.RETIRED_WARD + "\"}}").expectStatus()
			.isEqualTo(422).expectBody().jsonPath("$.type").isEqualTo("urn:onestop:problem:ward-not-in-force")
			.jsonPath("$.errors[0].field").isEqualTo("address.wardCode");
		patch(id, "\"1\"", "{\"address\":{\"wardCode\":\"00004\",\"line\":\"Số 1 Hùng Vương\"}}").expectStatus().isOk()
			.expectBody().jsonPath("$.address.wardCode").isEqualTo("00004").jsonPath("$.address.line")
			.isEqualTo("Số 1 Hùng Vương");
	}

	@Test
	void deactivationKeepsTheRecordAndEndsChanges() {
		String id = register(body("Bùi Văn Hải", CitizenFixtures.maleBorn1987(), null));
		this.client.post().uri("/citizens/{id}/deactivation", id).exchange().expectStatus().isEqualTo(428);
		this.client.post().uri("/citizens/{id}/deactivation", id).header(HttpHeaders.IF_MATCH, "\"1\"").exchange()
			.expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"")
			.expectBody().jsonPath("$.active").isEqualTo(false).jsonPath("$.fullName").isEqualTo("Bùi Văn Hải");
		this.client.post().uri("/citizens/{id}/deactivation", id).header(HttpHeaders.IF_MATCH, "\"2\"").exchange()
			.expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"");
		patch(id, "\"2\"", "{\"fullName\":\"Bùi Văn Hà\"}").expectStatus().isEqualTo(409).expectBody().jsonPath("$.type")
			.isEqualTo("urn:onestop:problem:citizen-inactive");
		this.client.get().uri("/citizens/{id}", id).exchange().expectStatus().isOk().expectBody().jsonPath("$.active")
			.isEqualTo(false);
		assertThat(history(id)).extracting(entry -> entry.get("action")).containsExactly("REGISTERED", "DEACTIVATED");
	}

	@Test
	void historyKeepsWhoWhenAndEachFieldWithIdNumbersAndPhonesMasked() {
		String idNumber = CitizenFixtures.maleBorn1987();
		String phone = CitizenFixtures.phone();
		String newPhone = CitizenFixtures.phone();
		String id = register(body("Ngô Văn Khoa", idNumber, phone));
		patch(id, "\"1\"", "{\"phone\":\"" + newPhone + "\",\"address\":{\"line\":null}}").expectStatus().isOk();
		String raw = this.client.get().uri("/citizens/{id}/history", id).exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(raw).doesNotContain(idNumber, phone, newPhone);
		List<Map<String, Object>> history = history(id);
		assertThat(history).hasSize(2);
		assertThat(history.get(0)).containsEntry("version", 1).containsEntry("action", "REGISTERED")
			.containsEntry("changedBy", "test-staff").containsKey("changedAt");
		assertThat((List<Map<String, Object>>) history.get(0).get("changes")).contains(
				change("idNumber", null, idNumber.substring(0, 4) + "******" + idNumber.substring(10)),
				change("fullName", null, "Ngô Văn Khoa"));
		assertThat(history.get(1)).containsEntry("version", 2).containsEntry("action", "UPDATED")
			.containsEntry("changedBy", "test-staff");
		assertThat((List<Map<String, Object>>) history.get(1).get("changes")).containsExactly(
				change("phone", "0980****" + phone.substring(8), "0980****" + newPhone.substring(8)),
				change("address.line", "Số 5 đường Bạch Đằng", null));
	}

	@Test
	void aRecordMadeWithoutPreferencesShowsNotChosenAndAnExplicitNoneStaysNone() {
		Map<String, Object> withoutPreferences = CitizenFixtures.body("Phan Văn Tâm", CitizenFixtures.maleBorn1987(), null);
		withoutPreferences.remove("preferences");
		String id = register(withoutPreferences);
		this.client.get().uri("/citizens/{id}", id).exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.preferences.channel").isEqualTo("NOT_CHOSEN")
			.jsonPath("$.preferences.consent").isEqualTo(false);

		patch(id, "\"1\"", "{\"preferences\":{\"channel\":\"NONE\",\"consent\":false}}").expectStatus().isOk()
			.expectBody().jsonPath("$.preferences.channel").isEqualTo("NONE");
		StepVerifier.create(this.db.sql("select cast(payload as text) as payload from outbox_event where aggregate_id = :id "
				+ "and event_type = 'CitizenUpdated'").bind("id", id).map(row -> row.get("payload", String.class)).one())
			.assertNext(payload -> assertThat(payload).contains("\"changedFields\": [\"preferences.channel\"]",
					"\"preferences\": {\"channel\": \"NONE\", \"consent\": false}", "\"version\": 2"))
			.verifyComplete();
	}

	@Test
	void everyChangeIsAnnouncedInTheOutboxWithTheContactAndPreferencesOnly() {
		String idNumber = CitizenFixtures.maleBorn1987();
		String phone = CitizenFixtures.phone();
		String id = register(body("Mai Văn Lâm", idNumber, phone));
		patch(id, "\"1\"", "{\"email\":null}").expectStatus().isOk();
		this.client.post().uri("/citizens/{id}/deactivation", id).header(HttpHeaders.IF_MATCH, "\"2\"").exchange()
			.expectStatus().isOk();
		StepVerifier.create(this.db.sql("select event_type, cast(payload as text) as payload from outbox_event "
				+ "where aggregate_type = 'Citizen' and aggregate_id = :id order by occurred_at").bind("id", id)
			.map(row -> row.get("event_type", String.class) + " " + row.get("payload", String.class)).all().collectList())
			.assertNext(events -> {
				assertThat(events).hasSize(3);
				assertThat(events.get(0)).startsWith("CitizenRegistered ").contains("\"version\": 1", "\"wardCode\": \"20242\"");
				assertThat(events.get(1)).startsWith("CitizenUpdated ").contains("\"changedFields\": [\"email\"]",
						"\"contact\": {\"email\": null, \"phone\": \"" + phone + "\"}",
						"\"preferences\": {\"channel\": \"SMS\", \"consent\": true}");
				assertThat(events.get(2)).startsWith("CitizenDeactivated ").contains("\"active\": false");
				assertThat(String.join(" ", events)).doesNotContain(idNumber, "Mai Văn Lâm");
			})
			.verifyComplete();
	}

	@Test
	void unknownOrMalformedIdsAreProblems() {
		this.client.get().uri("/citizens/{id}", "00000000-0000-0000-0000-000000000001").exchange().expectStatus()
			.isNotFound().expectBody().jsonPath("$.type").isEqualTo("urn:onestop:problem:not-found");
		this.client.get().uri("/citizens/{id}/history", "00000000-0000-0000-0000-000000000001").exchange()
			.expectStatus().isNotFound();
		patch("00000000-0000-0000-0000-000000000001", "\"1\"", "{}").expectStatus().isNotFound();
		this.client.get().uri("/citizens/not-a-uuid").exchange().expectStatus().isBadRequest().expectBody()
			.jsonPath("$.type").isEqualTo("urn:onestop:problem:invalid-parameter");
	}

	@Test
	void birthProvinceCodesAreTheRegistrysProvincesBeforeTheMerger() {
		StepVerifier.create(this.db.sql("select distinct '0' || province_code as code from admin_unit "
				+ "where effective_from <= date '2025-06-30' and (effective_to is null or effective_to >= date '2025-06-30')")
			.map(row -> row.get("code", String.class)).all().collectList())
			.assertNext(codes -> assertThat(codes).containsExactlyInAnyOrderElementsOf(BirthRegistrationProvinces.CODES))
			.verifyComplete();
	}

	@Test
	void theDatabaseRefusesToDeleteCitizensOrRewriteHistory() {
		String id = register(body("Tạ Văn Nam", CitizenFixtures.maleBorn1987(), null));
		StepVerifier.create(this.db.sql("delete from citizen where id = cast(:id as uuid)").bind("id", id).then())
			.expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("not allowed")).verify();
		StepVerifier.create(this.db.sql("update citizen_history set new_value = 'x' where citizen_id = cast(:id as uuid)")
			.bind("id", id).then())
			.expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("not allowed")).verify();
		StepVerifier.create(this.db.sql("delete from citizen_history where citizen_id = cast(:id as uuid)").bind("id", id)
			.then())
			.expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("not allowed")).verify();
		this.client.get().uri("/citizens/{id}", id).exchange().expectStatus().isOk();
		assertThat(history(id)).hasSize(1);
	}

	private static Map<String, Object> change(String field, String oldValue, String newValue) {
		Map<String, Object> change = new LinkedHashMap<>();
		change.put("field", field);
		change.put("oldValue", oldValue);
		change.put("newValue", newValue);
		return change;
	}

	private String register(Map<String, Object> body) {
		return (String) this.client.post().uri("/citizens").bodyValue(body).exchange().expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody().get("id");
	}

	private static Map<String, Object> body(String name, String idNumber, String phone, String gender) {
		Map<String, Object> body = body(name, idNumber, phone);
		body.put("gender", gender);
		return body;
	}

	private static Map<String, Object> body(String name, String idNumber, String phone) {
		Map<String, Object> body = CitizenFixtures.body(name, idNumber, phone);
		if (phone == null) {
			body.put("preferences", Map.of("channel", "NONE", "consent", false));
		}
		return body;
	}

	private WebTestClient.ResponseSpec patch(String id, String ifMatch, String json) {
		WebTestClient.RequestBodySpec request = this.client.patch().uri("/citizens/{id}", id)
			.contentType(MediaType.valueOf("application/merge-patch+json"));
		if (ifMatch != null) {
			request = request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		return request.bodyValue(json).exchange();
	}

	private List<Map<String, Object>> history(String id) {
		return this.client.get().uri("/citizens/{id}/history", id).exchange().expectStatus().isOk().expectBody(LIST)
			.returnResult().getResponseBody();
	}

}
