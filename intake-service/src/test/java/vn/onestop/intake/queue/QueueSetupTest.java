package vn.onestop.intake.queue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;

import vn.onestop.intake.dossier.IntakeContext;
import vn.onestop.support.security.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/** GET/PUT /queue/{ward}/setup: what a leader saves is what the ward reads, defaults filled in; faults by path. */
class QueueSetupTest extends IntakeContext {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aSetupSavedByTheLeaderIsReadBackWithItsDefaultsAndAVersionThatCountsTheSaves() {
		String ward = freshWard();
		this.client.get().uri("/queue/{ward}/setup", ward).exchange()
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.type").isEqualTo("urn:onestop:problem:queue-not-set-up");

		as(TestTokens.leader(ward)).put().uri("/queue/{ward}/setup", ward).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(QueueRequests.setup(100)).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.version").isEqualTo(1);

		Map<?, ?> read = this.json.readValue(as(TestTokens.officer(ward)).get().uri("/queue/{ward}/setup", ward)
			.exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody(), Map.class);
		assertThat(read.get("ward")).isEqualTo(ward);
		assertThat(read.get("centerName")).isEqualTo(QueueRequests.CENTER);
		assertThat(read.get("fields")).isEqualTo(List.of(
				Map.of("code", "HO_TICH", "name", "Hộ tịch", "prefix", "A", "dailyCap", 100, "sessions",
						List.of("07:00-11:30", "13:30-17:00"), "expectedServiceMinutes", 10),
				Map.of("code", "DAT_DAI", "name", "Đất đai", "prefix", "DD", "dailyCap", 50, "sessions",
						List.of("07:30-11:00"), "expectedServiceMinutes", 20)));
		assertThat(read.get("counters")).isEqualTo(List.of(Map.of("number", 1, "fields", List.of("HO_TICH", "DAT_DAI")),
				Map.of("number", 2, "fields", List.of("DAT_DAI"))));
		assertThat(read.get("priorityGroups"))
			.isEqualTo(List.of("ELDERLY", "DISABILITY", "PREGNANT", "SMALL_CHILDREN", "MERIT"));
		assertThat(read.get("ordering")).isEqualTo("BALANCED");
		assertThat(read.get("priorityHeadStartMinutes")).isEqualTo(30);
		assertThat(read.get("recallLimit")).isEqualTo(2);
		assertThat(read.get("notifyAhead")).isEqualTo(5);
		assertThat(read.get("updatedAt")).isEqualTo("2026-10-26T02:30:00Z");

		this.client.put().uri("/queue/{ward}/setup", ward).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(QueueRequests.setup(80).replace("\"counters\"", "\"ordering\":\"STRICT_PRIORITY\",\"counters\""))
			.exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.version").isEqualTo(2)
			.jsonPath("$.ordering").isEqualTo("STRICT_PRIORITY")
			.jsonPath("$.fields[0].dailyCap").isEqualTo(80);
		assertThat(this.db.sql("select count(*) from audit_event where action = 'queue.setup' and target = :ward "
				+ "and ward_code = :ward").bind("ward", ward).map(row -> row.get(0, Long.class)).one().block())
			.isEqualTo(2L);
	}

	@Test
	void everyFaultOfASetupIsReportedAtOnceByItsJsonPathAndNothingIsSaved() {
		String ward = freshWard();
		String body = """
				{"centerName":"  ",
				 "fields":[{"code":"HO_TICH","name":"Hộ tịch","prefix":"a1","dailyCap":1000},
				           {"code":"HO_TICH","name":"Đất đai","prefix":"DD","dailyCap":5,"sessions":["06:00-11:00"]}],
				 "counters":[{"number":1,"fields":["HO_TICH","CHUNG_THUC"]}],
				 "ordering":"FIFO","recallLimit":9}""";
		this.client.put().uri("/queue/{ward}/setup", ward).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
			.exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:onestop:problem:validation")
			.jsonPath("$.errors[*].field").value(fields -> assertThat(fields.toString()).contains("centerName",
					"fields[0].prefix", "fields[0].dailyCap", "fields[1].code", "fields[1].sessions[0]",
					"counters[0].fields[1]", "ordering", "recallLimit"));
		this.client.get().uri("/queue/{ward}/setup", ward).exchange().expectStatus().isNotFound();
	}

	@Test
	void aCenterNameIsOneLineOfAtMost200Characters() {
		String ward = freshWard();
		for (String name : List.of("Phường\\nHải Châu", "P".repeat(201))) {
			this.client.put().uri("/queue/{ward}/setup", ward).contentType(MediaType.APPLICATION_JSON)
				.bodyValue(QueueRequests.setup(10).replace(QueueRequests.CENTER, name))
				.exchange()
				.expectStatus().isBadRequest()
				.expectBody().jsonPath("$.errors[0].field").isEqualTo("centerName");
		}
	}

}
