package vn.onestop.intake.dossier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import org.springframework.http.MediaType;

/** Bad input answers 400 or 422 problem+json naming the fields, never 5xx. */
class BadIntakeTest extends IntakeContext {

	private static final String GOOD = Requests.maritalStatus("00004", "IN_PERSON");

	static Stream<Arguments> badBodies() {
		return Stream.of(
				Arguments.of("unknown procedure", GOOD.replace("HT-XAC-NHAN-HON-NHAN", "KHONG-CO"), 422, "procedureCode"),
				Arguments.of("unknown channel", GOOD.replace("\"IN_PERSON\"", "\"FAX\""), 400, "channel"),
				Arguments.of("channel not allowed", Requests.body("CT-BAN-SAO", "00004", "ONLINE", Requests.ID_NUMBER,
						"[{\"key\":\"ban-chinh\",\"originals\":1},{\"key\":\"ban-sao\",\"copies\":2}]"), 422, "channel"),
				Arguments.of("wrong type", GOOD.replace("\"sets\":1", "\"sets\":\"mot\""), 400, "sets"),
				Arguments.of("object expected", GOOD.replace("[{\"key\":\"to-khai\",\"originals\":1}]", "\"x\""), 400, "documents"),
				Arguments.of("missing submitter", GOOD.replaceFirst("\"submitter\":", "\"someoneElse\":"), 400, "submitter"),
				Arguments.of("missing id number", GOOD.replace("\"idNumber\":\"" + Requests.ID_NUMBER + "\",", ""), 400, "submitter.idNumber"),
				Arguments.of("malformed id number", GOOD.replace(Requests.ID_NUMBER, "03808704202X"), 400, "submitter.idNumber"),
				Arguments.of("malformed phone", GOOD.replace(Requests.PHONE, "12345"), 400, "submitter.phone"),
				Arguments.of("missing address", GOOD.replace("\"address\":{\"line\":\"12 Lê Lợi\",\"wardCode\":\"00004\"},", ""), 400, "submitter.address"),
				Arguments.of("oversized name", GOOD.replace("Nguyễn Văn An", "A".repeat(101)), 400, "submitter.fullName"),
				Arguments.of("control character", GOOD.replace("Nguyễn Văn An", "Nguyễn\\u0007An"), 400, "submitter.fullName"),
				Arguments.of("newline in a name", GOOD.replace("Trần Thị Bình", "Trần\\nBình"), 400, "owner.fullName"),
				Arguments.of("bad date", GOOD.replace("1987-03-02", "02/03/1987"), 400, "submitter.dateOfBirth"),
				Arguments.of("bad email", GOOD.replace("an@example.vn", "not-an-email"), 400, "submitter.email"),
				Arguments.of("unknown document", GOOD.replace("\"to-khai\"", "\"giay-la\""), 422, "documents[0].key"),
				Arguments.of("empty document", GOOD.replace("\"originals\":1}", "\"originals\":0}"), 422, "documents[0]"),
				Arguments.of("mandatory document missing", GOOD.replace("[{\"key\":\"to-khai\",\"originals\":1}]", "[]"), 422, "documents"),
				Arguments.of("too many sets", GOOD.replace("\"sets\":1", "\"sets\":99"), 400, "sets"),
				Arguments.of("bad ward", GOOD.replace("\"wardCode\":\"00004\",\"channel\"", "\"wardCode\":\"4\",\"channel\""), 400, "wardCode"),
				Arguments.of("negative count", GOOD.replace("\"originals\":1}", "\"originals\":-1}"), 400, "documents[0].originals"),
				// what citizen-service refuses, intake refuses too (issue 14, line 3)
				Arguments.of("no date of birth", GOOD.replace("\"dateOfBirth\":\"1987-03-02\",", ""), 400, "submitter.dateOfBirth"),
				Arguments.of("legacy id number without gender", GOOD.replace(Requests.ID_NUMBER, "123456789"), 400, "submitter.gender"),
				Arguments.of("id number of another birth year", GOOD.replace("1987-03-02", "1990-03-02"), 400, "submitter.idNumber"),
				Arguments.of("id number of another gender", GOOD.replace("\"idNumber\"", "\"gender\":\"FEMALE\",\"idNumber\""), 400, "submitter.idNumber"),
				Arguments.of("unknown birth province", GOOD.replace(Requests.ID_NUMBER, "099087042028"), 400, "submitter.idNumber"),
				Arguments.of("digits in a name", GOOD.replace("Nguyễn Văn An", "Nguyễn Văn An2"), 400, "submitter.fullName"),
				Arguments.of("bidi override in a name", GOOD.replace("Nguyễn Văn An", "Nguyễn\\u202EVăn An"), 400, "submitter.fullName"),
				Arguments.of("zero-width space in a name", GOOD.replace("Nguyễn Văn An", "Nguyễn\\u200BVăn An"), 400, "submitter.fullName"),
				Arguments.of("landline phone", GOOD.replace(Requests.PHONE, "02437654321"), 400, "submitter.phone"),
				Arguments.of("no ward in the address", GOOD.replace("\"address\":{\"line\":\"12 Lê Lợi\",\"wardCode\":\"00004\"}", "\"address\":{\"line\":\"12 Lê Lợi\"}"), 400, "submitter.address.wardCode"),
				Arguments.of("zero-width space in the address", GOOD.replace("\"line\":\"12 Lê Lợi\",\"wardCode\"", "\"line\":\"12 Lê\\u200BLợi\",\"wardCode\""), 400, "submitter.address.line"),
				Arguments.of("date of birth in the future", GOOD.replace("1987-03-02", "2087-03-02"), 400, "submitter.dateOfBirth"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badBodies")
	void answersAProblemNamingTheField(String name, String body, int status, String field) {
		this.client.post().uri("/dossiers").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
			.expectStatus().isEqualTo(status)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.errors[?(@.field == '" + field + "')]").exists();
	}

	@Test
	void malformedJsonIsABadRequest() {
		this.client.post().uri("/dossiers").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"procedureCode\":")
			.exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.type").isEqualTo("urn:onestop:problem:malformed-body");
	}

	@Test
	void aMissingBodyIsABadRequest() {
		this.client.post().uri("/dossiers").contentType(MediaType.APPLICATION_JSON).exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void anInvalidIdempotencyKeyIsABadRequest() {
		this.client.post().uri("/dossiers").contentType(MediaType.APPLICATION_JSON)
			.header("Idempotency-Key", "x".repeat(201)).bodyValue(GOOD).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("Idempotency-Key");
	}

	@Test
	void aNonJsonBodyIsUnsupported() {
		this.client.post().uri("/dossiers").contentType(MediaType.TEXT_PLAIN).bodyValue("hello").exchange()
			.expectStatus().isEqualTo(415);
	}

}
