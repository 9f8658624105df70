package vn.onestop.citizen.records;

import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input of every kind is a 4xx problem naming the field at fault, never a 5xx. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "20s")
class CitizenBadInputTest {

	@Autowired
	private WebTestClient client;

	static Stream<Arguments> invalidRegistrations() {
		return Stream.of(
				bad("invalid ID", b -> b.put("idNumber", "03808704202"), 400, "idNumber"),
				bad("ID of an unknown province", b -> b.put("idNumber", "097087042028"), 400, "idNumber"),
				bad("ID whose 4th digit disagrees with the gender", b -> b.put("gender", "FEMALE"), 400, "idNumber"),
				bad("ID whose year disagrees with the birth date", b -> b.put("dateOfBirth", "1988-03-04"), 400, "idNumber"),
				bad("landline as mobile", b -> b.put("phone", "02373.900.900"), 400, "phone"),
				bad("invalid phone", b -> b.put("phone", "0912 345"), 400, "phone"),
				bad("phone with letters", b -> b.put("phone", "09I2345678"), 400, "phone"),
				bad("birth date in the future", b -> b.put("dateOfBirth", "2999-01-01"), 400, "dateOfBirth"),
				bad("birth date before 1900", b -> b.put("dateOfBirth", "1899-12-31"), 400, "dateOfBirth"),
				bad("impossible birth date", b -> b.put("dateOfBirth", "1987-02-30"), 400, "dateOfBirth"),
				bad("oversized name", b -> b.put("fullName", "Nguyễn " + "a".repeat(100)), 400, "fullName"),
				bad("control character in the name", b -> b.put("fullName", "Nguyễn\u0000Văn A"), 400, "fullName"),
				bad("newline in the name", b -> b.put("fullName", "Nguyễn\nVăn A"), 400, "fullName"),
				bad("blank name", b -> b.put("fullName", " "), 400, "fullName"),
				bad("invalid e-mail", b -> b.put("email", "dung@"), 400, "email"),
				bad("unknown gender", b -> b.put("gender", "X"), 400, "gender"),
				bad("unknown channel", b -> b.put("preferences", Map.of("channel", "FAX", "consent", true)), 400,
						"preferences.channel"),
				bad("SMS without consent", b -> b.put("preferences", Map.of("channel", "SMS", "consent", false)), 400,
						"preferences.consent"),
				bad("malformed ward code", b -> b.put("address", Map.of("wardCode", "2024")), 400, "address.wardCode"),
				bad("no address", b -> b.remove("address"), 400, "address"),
				bad("unknown ward", b -> b.put("address", Map.of("wardCode", "99999")), 422, "address.wardCode"),
				bad("retired ward", b -> b.put("address", Map.of("wardCode", CitizenFixtures.RETIRED_WARD)), 422,
						"address.wardCode"),
				bad("address given as a string", b -> b.put("address", "Hải Châu"), 400, "address"),
				bad("consent given as a word", b -> b.put("preferences", Map.of("channel", "NONE", "consent", "perhaps")), 400,
						"preferences.consent"),
				bad("name given as an array", b -> b.put("fullName", new String[] { "Nguyễn" }), 400, "fullName"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidRegistrations")
	void badRegistrationsAreProblemsNamingTheField(String what, Consumer<Map<String, Object>> spoil, int status,
			String field) {
		Map<String, Object> body = CitizenFixtures.body("Nguyễn Văn Dũng", CitizenFixtures.maleBorn1987(),
				CitizenFixtures.phone());
		spoil.accept(body);
		this.client.post().uri("/citizens").bodyValue(body).exchange().expectStatus().isEqualTo(status)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[*].field").value(fields -> assertThat((Iterable<Object>) fields).contains(field))
			.jsonPath("$.type").value(type -> assertThat((String) type).isIn("urn:onestop:problem:validation",
					"urn:onestop:problem:ward-not-in-force"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"fullName\": ", "not json", "{\"fullName\":\"A\",}", "[", "\u0000" })
	void malformedJsonIsABadRequest(String json) {
		this.client.post().uri("/citizens").contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange()
			.expectStatus().isBadRequest().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void missingBodyOrWrongMediaTypeAreClientErrors() {
		this.client.post().uri("/citizens").contentType(MediaType.APPLICATION_JSON).exchange().expectStatus().isBadRequest();
		this.client.post().uri("/citizens").contentType(MediaType.TEXT_PLAIN).bodyValue("Nguyễn Văn Dũng").exchange()
			.expectStatus().isEqualTo(415);
		this.client.post().uri("/citizens").contentType(MediaType.APPLICATION_JSON).bodyValue("[]").exchange()
			.expectStatus().isBadRequest();
		this.client.post().uri("/citizens").contentType(MediaType.APPLICATION_JSON).bodyValue("null").exchange()
			.expectStatus().is4xxClientError();
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"phone\":\"0123\"}", "{\"id\":\"x\"}", "{\"active\":false}", "{\"version\":9}",
			"{\"address\":{\"wardCode\":{\"x\":1}}}", "{\"address\":[]}", "{\"preferences\":{\"consent\":[]}}", "[]", "\"x\"",
			"{\"dateOfBirth\":\"tomorrow\"}", "{\"fullName\":null}", "{\"address\":null}", "{\"idNumber\":\"123\"}", "{bad" })
	void badPatchesAreBadRequests(String patch) {
		String id = (String) this.client.post().uri("/citizens").bodyValue(CitizenFixtures.body("Nguyễn Văn Tâm",
				CitizenFixtures.maleBorn1987(), CitizenFixtures.phone())).exchange().expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody().get("id");
		this.client.patch().uri("/citizens/{id}", id).header(HttpHeaders.IF_MATCH, "\"1\"")
			.contentType(MediaType.valueOf("application/merge-patch+json")).bodyValue(patch).exchange()
			.expectStatus().isBadRequest().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.get().uri("/citizens/{id}", id).exchange().expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"");
	}

	@Test
	void malformedIfMatchIsABadRequest() {
		String id = (String) this.client.post().uri("/citizens").bodyValue(CitizenFixtures.body("Nguyễn Văn Tâm",
				CitizenFixtures.maleBorn1987(), CitizenFixtures.phone())).exchange().expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody().get("id");
		this.client.patch().uri("/citizens/{id}", id).header(HttpHeaders.IF_MATCH, "1")
			.contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange().expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("If-Match");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/citizens/search", "/citizens/search?name=-", "/citizens/search?name=an&size=0",
			"/citizens/search?name=an&size=101", "/citizens/search?name=an&page=-1", "/citizens/search?name=an&page=x",
			"/citizens/search?ward=123", "/citizens/search?name=an&size=ten" })
	void badSearchParametersAreBadRequests(String uri) {
		this.client.get().uri(uri).exchange().expectStatus().isBadRequest().expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).expectBody().jsonPath("$.errors").isNotEmpty();
	}

	@Test
	void anOverlongSearchNameIsABadRequest() {
		this.client.get().uri(b -> b.path("/citizens/search").queryParam("name", "a".repeat(101)).build()).exchange()
			.expectStatus().isBadRequest();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/citizens/{id}", "/citizens/{id}/history" })
	void aBlankIdInThePathIsABadRequestNamingIt(String path) {
		// found by the fuzzer: GET /api/v1/citizens/%20 was a 500
		this.client.get().uri(path, " ").exchange().expectStatus().isBadRequest().expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).expectBody()
			.jsonPath("$.type").isEqualTo("urn:onestop:problem:invalid-parameter")
			.jsonPath("$.errors[0].field").isEqualTo("id");
	}

	private static Arguments bad(String what, Consumer<Map<String, Object>> spoil, int status, String field) {
		return Arguments.of(what, spoil, status, field);
	}

}
