package vn.onestop.intake.citizen;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;

import vn.onestop.intake.dossier.IntakeContext;
import vn.onestop.intake.dossier.Requests;

/** Intake finds or creates the submitter in citizen-service, and links later when it was unavailable. */
class CitizenLinkingTest extends IntakeContext {

	private JsonNode receive(String ward) {
		return this.client.post().uri("/dossiers").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Requests.maritalStatus(ward, "IN_PERSON")).exchange()
			.expectStatus().isCreated()
			.expectBody(JsonNode.class).returnResult().getResponseBody();
	}

	private JsonNode dossier(String code) {
		return this.client.get().uri("/dossiers/" + code).exchange().expectStatus().isOk()
			.expectBody(JsonNode.class).returnResult().getResponseBody();
	}

	@Test
	void aKnownCitizenIsFound() {
		JsonNode dossier = receive(freshWard());
		assertThat(dossier.get("citizenId").asString()).isEqualTo(KNOWN_CITIZEN.toString());
		CITIZEN_SERVICE.verify(postRequestedFor(urlEqualTo("/citizens/lookup"))
			.withRequestBody(equalToJson("{\"idNumber\":\"" + Requests.ID_NUMBER + "\"}")));
		CITIZEN_SERVICE.verify(0, postRequestedFor(urlMatching(".*" + Requests.ID_NUMBER + ".*")));
	}

	@Test
	void anUnknownCitizenIsCreatedFromTheSnapshot() {
		UUID created = UUID.randomUUID();
		CITIZEN_SERVICE.stubFor(post(urlEqualTo("/citizens/lookup")).willReturn(aResponse().withStatus(404)));
		CITIZEN_SERVICE.stubFor(post(urlEqualTo("/citizens")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json").withBody("{\"id\":\"" + created + "\"}")));
		String ward = freshWard();
		assertThat(receive(ward).get("citizenId").asString()).isEqualTo(created.toString());
		CITIZEN_SERVICE.verify(postRequestedFor(urlEqualTo("/citizens"))
			.withRequestBody(matchingJsonPath("$.idNumber", com.github.tomakehurst.wiremock.client.WireMock.equalTo(Requests.ID_NUMBER)))
			.withRequestBody(matchingJsonPath("$.fullName", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Nguyễn Văn An")))
			.withRequestBody(matchingJsonPath("$.dateOfBirth", com.github.tomakehurst.wiremock.client.WireMock.equalTo("1987-03-02")))
			.withRequestBody(matchingJsonPath("$.phone", com.github.tomakehurst.wiremock.client.WireMock.equalTo(Requests.PHONE)))
			.withRequestBody(matchingJsonPath("$.gender", com.github.tomakehurst.wiremock.client.WireMock.equalTo("MALE")))
			.withRequestBody(matchingJsonPath("$.address.line", com.github.tomakehurst.wiremock.client.WireMock.equalTo("12 Lê Lợi")))
			.withRequestBody(matchingJsonPath("$.address.wardCode", com.github.tomakehurst.wiremock.client.WireMock.equalTo(ward))));
	}

	@Test
	void whenCitizenServiceIsDownIntakeSucceedsAndTheCitizenIsLinkedOnceItRecovers() {
		CITIZEN_SERVICE.stubFor(post(urlEqualTo("/citizens/lookup"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		JsonNode dossier = receive(freshWard());
		assertThat(dossier.get("citizenLinkPending").asBoolean()).isTrue();
		assertThat(dossier.get("citizenId").isNull()).isTrue();
		String code = dossier.get("code").asString();
		assertThat(dossier(code).get("citizenLinkPending").asBoolean()).isTrue();

		CITIZEN_SERVICE.stubFor(post(urlEqualTo("/citizens/lookup")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json").withBody("{\"id\":\"" + KNOWN_CITIZEN + "\"}")));
		await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
			.untilAsserted(() -> assertThat(dossier(code).get("citizenId").asString()).isEqualTo(KNOWN_CITIZEN.toString()));
		assertThat(dossier(code).get("citizenLinkPending").asBoolean()).isFalse();
	}

	@Test
	void aSlowCitizenServiceDoesNotHoldTheCounterPastTheTimeLimit() {
		CITIZEN_SERVICE.stubFor(post(urlEqualTo("/citizens/lookup")).willReturn(aResponse().withFixedDelay(5000)
			.withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"id\":\"" + KNOWN_CITIZEN + "\"}")));
		long started = System.nanoTime();
		JsonNode dossier = receive(freshWard());
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
		assertThat(dossier.get("citizenLinkPending").asBoolean()).isTrue();
	}

	@Test
	void aSubmitterRefusedAtFilingIsFiledWithTheRefusalAndNotAskedForAgain() {
		CITIZEN_SERVICE.stubFor(post(urlEqualTo("/citizens/lookup")).willReturn(aResponse().withStatus(404)));
		CITIZEN_SERVICE.stubFor(post(urlEqualTo("/citizens")).willReturn(aResponse().withStatus(422)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:onestop:problem:ward-not-in-force\",\"title\":\"Ward not in force\","
					+ "\"status\":422,\"errors\":[{\"field\":\"address.wardCode\",\"message\":\"must be a ward code in force today\"}]}")));
		String ward = freshWard();
		JsonNode filed = receive(ward);
		assertThat(filed.get("citizenLinkPending").asBoolean()).isTrue();
		assertThat(filed.get("citizenLink").get("status").asString()).isEqualTo("REFUSED");
		assertThat(filed.get("citizenLink").get("refusal").get("errors").get(0).get("field").asString())
			.isEqualTo("address.wardCode");
		await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).untilAsserted(
				() -> CITIZEN_SERVICE.verify(1, postRequestedFor(urlEqualTo("/citizens")).withRequestBody(
						matchingJsonPath("$.address.wardCode", com.github.tomakehurst.wiremock.client.WireMock.equalTo(ward)))));
	}

	@Test
	void aLegacyIdNumberIsRegisteredWithTheGenderGiven() {
		UUID created = UUID.randomUUID();
		CITIZEN_SERVICE.stubFor(post(urlEqualTo("/citizens/lookup")).willReturn(aResponse().withStatus(404)));
		CITIZEN_SERVICE.stubFor(post(urlEqualTo("/citizens")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json").withBody("{\"id\":\"" + created + "\"}")));
		String ward = freshWard();
		String body = Requests.maritalStatus(ward, "IN_PERSON").replace(Requests.ID_NUMBER, "123456789")
			.replace("\"idNumber\"", "\"gender\":\"FEMALE\",\"idNumber\"");
		JsonNode filed = this.client.post().uri("/dossiers").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
			.exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
		assertThat(filed.get("citizenId").asString()).isEqualTo(created.toString());
		CITIZEN_SERVICE.verify(postRequestedFor(urlEqualTo("/citizens"))
			.withRequestBody(matchingJsonPath("$.gender", com.github.tomakehurst.wiremock.client.WireMock.equalTo("FEMALE"))));
	}

	@Test
	void anErrorStatusLeavesTheLinkPending() {
		CITIZEN_SERVICE.stubFor(post(urlEqualTo("/citizens/lookup")).willReturn(aResponse().withStatus(503)));
		assertThat(receive(freshWard()).get("citizenLinkPending").asBoolean()).isTrue();
	}

}
