package vn.onestop.intake.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;

import vn.onestop.intake.dossier.IntakeContext;

/**
 * Issue 15, admin pages: GET /procedures/{code}/versions lists every version of a procedure, announced ones
 * included, the latest effective date first, to anyone (it is the public catalogue's history).
 */
class ProcedureVersionsTest extends IntakeContext {

	@Test
	void listsEveryVersionTheLatestFirstWithItsDocuments() {
		String code = "TEST-VER-" + Math.floorMod(System.nanoTime(), 1_000_000);
		for (String body : List.of(ProcedurePublishingTest.version("2026-11-01", "Tên đầu", true),
				ProcedurePublishingTest.version("2027-01-01", "Tên mới", false))) {
			this.client.post().uri("/procedures/{code}/versions", code).contentType(MediaType.APPLICATION_JSON)
				.bodyValue(body).exchange().expectStatus().isCreated();
		}

		JsonNode versions = anonymous().get().uri("/procedures/{code}/versions", code).exchange().expectStatus().isOk()
			.expectBody(JsonNode.class).returnResult().getResponseBody();

		assertThat(versions.valueStream().map(v -> v.get("version").asInt()).toList()).containsExactly(2, 1);
		assertThat(versions.get(0).get("effectiveFrom").asString()).isEqualTo("2027-01-01");
		assertThat(versions.get(0).get("name").asString()).isEqualTo("Tên mới");
		assertThat(versions.get(1).get("name").asString()).isEqualTo("Tên đầu");
		assertThat(versions.get(1).get("field").get("code").asString()).isEqualTo("THU_NGHIEM");
		assertThat(versions.get(0).get("requiredDocuments").valueStream().map(d -> d.get("key").asString()).toList())
			.containsExactly("to-khai", "cccd");
	}

	@Test
	void anUnknownCodeIsNotFound() {
		anonymous().get().uri("/procedures/KHONG-CO-THU-TUC/versions").exchange().expectStatus().isNotFound()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		anonymous().get().uri("/procedures/bad code/versions").exchange().expectStatus().isNotFound();
	}

}
