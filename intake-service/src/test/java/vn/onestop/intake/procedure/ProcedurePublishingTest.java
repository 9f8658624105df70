package vn.onestop.intake.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.onestop.intake.dossier.IntakeContext;
import vn.onestop.support.security.test.TestTokens;

/**
 * Issue #6, line 3: platform admins manage procedures. A new version is published through the API, shows in the
 * catalogue from its date, is audited, and never rewrites what is in force; nobody else may publish.
 */
public class ProcedurePublishingTest extends IntakeContext {

	private static final AtomicInteger CODES = new AtomicInteger((int) (System.nanoTime() % 100_000));

	private String code;

	@BeforeEach
	void freshCode() {
		this.code = "TEST-PUB-" + CODES.incrementAndGet();
	}

	public static String version(String effectiveFrom, String name, boolean withField) {
		return """
				{%s"effectiveFrom":"%s","name":"%s",
				 "processingTime":{"amount":3,"unit":"WORKING_DAYS"},
				 "fee":{"kind":"FIXED","amountVnd":8000,"note":"Lệ phí theo nghị quyết HĐND tỉnh"},
				 "channels":["IN_PERSON","ONLINE"],"legalBasis":"Nghị định 118/2025/NĐ-CP",
				 "requiredDocuments":[{"key":"to-khai","name":"Tờ khai","originals":1},
				                      {"key":"cccd","name":"Căn cước","copies":1,"mandatory":false}]}"""
			.formatted(withField ? "\"field\":{\"code\":\"THU_NGHIEM\",\"name\":\"Thử nghiệm\"}," : "", effectiveFrom,
					name);
	}

	private WebTestClient.ResponseSpec publish(WebTestClient client, String body) {
		return client.post().uri("/procedures/{code}/versions", this.code).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body).exchange();
	}

	private long versions() {
		return this.db.sql("select count(*) as n from procedure_version where procedure_code = :c").bind("c", this.code)
			.map(row -> row.get("n", Long.class)).one().block();
	}

	@Test
	void anAdminPublishesANewProcedureThatTheCatalogueShowsFromItsDate() {
		publish(this.client, version("2026-11-01", "Thủ tục thử nghiệm", true)).expectStatus().isCreated()
			.expectHeader().valueEquals("Location", "/procedures/" + this.code + "?on=2026-11-01")
			.expectBody()
			.jsonPath("$.code").isEqualTo(this.code)
			.jsonPath("$.version").isEqualTo(1)
			.jsonPath("$.field.code").isEqualTo("THU_NGHIEM")
			.jsonPath("$.fee.amountVnd").isEqualTo(8000)
			.jsonPath("$.requiredDocuments[0].key").isEqualTo("to-khai")
			.jsonPath("$.requiredDocuments[1].mandatory").isEqualTo(false);
		this.client.get().uri("/procedures/{code}?on=2026-10-31", this.code).exchange().expectStatus().isNotFound();
		JsonNode shown = anonymous().get().uri("/procedures/{code}?on=2026-11-01", this.code).exchange()
			.expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
		assertThat(shown.get("name").asString()).isEqualTo("Thủ tục thử nghiệm");
		assertThat(shown.get("channels").valueStream().map(JsonNode::asString).toList()).containsExactly("IN_PERSON", "ONLINE");
		assertThat(shown.get("requiredDocuments").get(1).get("copies").asInt()).isEqualTo(1);
		assertThat(audited()).containsExactly("procedure.publish " + this.code);
	}

	@Test
	void aLaterVersionTakesOverOnItsDateAndTheEarlierStaysInForceBeforeIt() {
		publish(this.client, version("2026-11-01", "Tên cũ", true)).expectStatus().isCreated();
		publish(this.client, version("2027-01-01", "Tên mới", false)).expectStatus().isCreated()
			.expectBody().jsonPath("$.version").isEqualTo(2).jsonPath("$.field.name").isEqualTo("Thử nghiệm");
		this.client.get().uri("/procedures/{code}?on=2026-12-31", this.code).exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.name").isEqualTo("Tên cũ").jsonPath("$.version").isEqualTo(1);
		this.client.get().uri("/procedures/{code}?on=2027-01-01", this.code).exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.name").isEqualTo("Tên mới");
	}

	@Test
	void aVersionOnOrBeforeThePublishedOnesIsAConflictAndChangesNothing() {
		publish(this.client, version("2027-01-01", "Một", true)).expectStatus().isCreated();
		for (String date : List.of("2027-01-01", "2026-12-01")) {
			publish(this.client, version(date, "Hai", false)).expectStatus().isEqualTo(HttpStatus.CONFLICT)
				.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("2027-01-01"));
		}
		assertThat(versions()).isEqualTo(1);
	}

	@Test
	void aProcedureKeepsItsField() {
		publish(this.client, version("2026-11-01", "Một", true)).expectStatus().isCreated();
		String otherField = version("2027-01-01", "Hai", false).replaceFirst("\\{",
				"{\"field\":{\"code\":\"HO_TICH\",\"name\":\"Hộ tịch\"},");
		publish(this.client, otherField).expectStatus().isEqualTo(HttpStatus.CONFLICT);
		assertThat(versions()).isEqualTo(1);
	}

	@Test
	void aNewProcedureNeedsItsFieldAndNothingIsStoredWithoutIt() {
		publish(this.client, version("2026-11-01", "Một", false)).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("field");
		assertThat(this.db.sql("select count(*) as n from procedure where code = :c").bind("c", this.code)
			.map(row -> row.get("n", Long.class)).one().block()).isZero();
	}

	@Test
	void theSeededVersionInForceIsNeverRewritten() {
		this.code = "CT-BAN-SAO";
		publish(this.client, version("2026-10-25", "Quá khứ", false)).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("effectiveFrom");
		this.client.get().uri("/procedures/CT-BAN-SAO?on=2026-10-26").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.name").isEqualTo("Chứng thực bản sao từ bản chính").jsonPath("$.version").isEqualTo(1);
	}

	@Test
	void badBodiesAreFieldErrorsOrMalformedNeverStored() {
		publish(this.client, "{\"effectiveFrom\":\"2026-11-01\",\"name\":\"x\"").expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		publish(this.client, "{\"processingTime\":{\"amount\":\"ba\"}}").expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		publish(this.client, version("2026-11-01", "Tên\\u0007", true).replace("\"WORKING_DAYS\"", "\"WEEKS\""))
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'name')]").exists()
			.jsonPath("$.errors[?(@.field == 'processingTime.unit')]").exists();
		this.code = "lower-case";
		publish(this.client, version("2026-11-01", "Một", true)).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("code");
		assertThat(versions()).isZero();
	}

	@Test
	void onlyAPlatformAdminPublishes() {
		String body = version("2026-11-01", "Một", true);
		publish(anonymous(), body).expectStatus().isUnauthorized();
		String ward = freshWard();
		for (String token : List.of(TestTokens.officer(ward), TestTokens.leader(ward), TestTokens.monitor(),
				TestTokens.citizen("079190000001"), TestTokens.service())) {
			publish(as(token), body).expectStatus().isForbidden()
				.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
		assertThat(versions()).isZero();
		publish(as(TestTokens.admin()), body).expectStatus().isCreated();
	}

	@Test
	void twoPublicationsAtOnceTakeTurns() {
		publish(this.client, version("2026-11-01", "Một", true)).expectStatus().isCreated();
		List<CompletableFuture<Integer>> racing = IntStream.range(0, 4)
			.mapToObj(i -> CompletableFuture.supplyAsync(() -> this.client.post()
				.uri("/procedures/{code}/versions", this.code)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(version("2027-01-01", "Song song " + i, false))
				.exchange()
				.returnResult(String.class)
				.getStatus()
				.value()))
			.toList();
		List<Integer> statuses = racing.stream().map(CompletableFuture::join).sorted().toList();
		assertThat(statuses).containsExactly(201, 409, 409, 409);
		assertThat(versions()).isEqualTo(2);
		assertThat(this.db.sql("select array_agg(version order by version) as v from procedure_version where procedure_code = :c")
			.bind("c", this.code).map(row -> List.of(row.get("v", Integer[].class))).one().block()).containsExactly(1, 2);
	}

	private List<String> audited() {
		return this.db.sql("select action || ' ' || target as entry from audit_event where target = :c order by id")
			.bind("c", this.code).map(row -> row.get("entry", String.class)).all().collectList().block();
	}

}
